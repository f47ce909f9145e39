<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>centinela::ui</name>
    <message>
        <location filename="../../ui/Labels.cpp" line="18"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="20"/>
        <location filename="../../ui/Labels.cpp" line="39"/>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="22"/>
        <source>En route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="24"/>
        <location filename="../../ui/Labels.cpp" line="41"/>
        <source>On scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="26"/>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="28"/>
        <source>Off duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="37"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="43"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="51"/>
        <source>Vetted group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="53"/>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="55"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="57"/>
        <source>Anonymous tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="59"/>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="61"/>
        <source>CAP feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="63"/>
        <source>Bracelet alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="65"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="67"/>
        <source>Radio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="69"/>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="71"/>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="78"/>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="80"/>
        <source>Motorcycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="82"/>
        <source>On foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="84"/>
        <source>Bicycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="86"/>
        <source>K9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="87"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centinela::ui::AlertQueueModel</name>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="127"/>
        <source>no location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="129"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="129"/>
        <source>Acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="156"/>
        <source>Pri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="158"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="160"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="162"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="164"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="166"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centinela::ui::IncidentPanel</name>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="24"/>
        <source>&amp;Assign unit (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="25"/>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="26"/>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="104"/>
        <source>&lt;i&gt;No incident selected.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="112"/>
        <source>&lt;p&gt;Priority %1 · %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="117"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="117"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="117"/>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="118"/>
        <source>En route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="118"/>
        <source>On scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="118"/>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="121"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="128"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="139"/>
        <source>Centinela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="139"/>
        <source>The action could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="156"/>
        <location filename="../../ui/IncidentPanel.cpp" line="160"/>
        <source>Assign unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="156"/>
        <source>No unit is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="160"/>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="173"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="173"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="184"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="184"/>
        <source>Report taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="184"/>
        <source>Arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="184"/>
        <source>Unfounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="185"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="185"/>
        <source>Cancelled by caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="186"/>
        <source>Close incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="186"/>
        <source>Disposition:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centinela::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="66"/>
        <source>Centinela — dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="76"/>
        <source>No map configured for this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="86"/>
        <source>Alert queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="87"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="88"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="89"/>
        <source>Pending actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="100"/>
        <location filename="../../ui/MainWindow.cpp" line="206"/>
        <location filename="../../ui/MainWindow.cpp" line="234"/>
        <source>Centinela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="100"/>
        <source>Local storage failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="139"/>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="140"/>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="141"/>
        <source>Create &amp;incident (links selected alerts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="143"/>
        <source>Go to &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="145"/>
        <source>&amp;Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="146"/>
        <source>&amp;Assign unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="147"/>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="148"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="149"/>
        <source>Go to &amp;incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="151"/>
        <source>&amp;Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="152"/>
        <source>&amp;En route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="153"/>
        <source>On &amp;scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="154"/>
        <source>&amp;Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="155"/>
        <source>&amp;Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="157"/>
        <source>Go to &amp;units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="167"/>
        <source>● Connected as %1 · event %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="172"/>
        <source>● Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="176"/>
        <source>● No database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="178"/>
        <source>DATABASE CONNECTION LOST — showing the last known state. Your actions are kept on this desk (%n pending) and will be sent when the connection returns. %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="186"/>
        <source> · %n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="188"/>
        <source> · %n not applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="200"/>
        <source>Another desk was first: %1 assigned this unit to incident #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="204"/>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="234"/>
        <source>The action could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centinela::ui::OutboxPanel</name>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="16"/>
        <source>&amp;Dismiss conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="42"/>
        <source>Acknowledge alert #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="44"/>
        <source>Create incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="46"/>
        <source>Assign %1 to incident #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="49"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="52"/>
        <source>Note on incident #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="54"/>
        <source>Close incident #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="56"/>
        <source>New alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="64"/>
        <source>Not applied: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="70"/>
        <source>Pending: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centinela::ui::UnitBoardModel</name>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="106"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="106"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="120"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="122"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="124"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="126"/>
        <source>In status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="128"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="130"/>
        <source>Last fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/desk/main.cpp" line="45"/>
        <source>Centinela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/main.cpp" line="97"/>
        <source>The embedded database could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/main.cpp" line="119"/>
        <source>Another Centinela desk is already open for this database on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
