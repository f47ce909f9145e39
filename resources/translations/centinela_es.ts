<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/Labels.cpp" line="18"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="20"/>
        <location filename="../../ui/Labels.cpp" line="39"/>
        <source>Dispatched</source>
        <translation>Despachado</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="22"/>
        <source>En route</source>
        <translation>En camino</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="24"/>
        <location filename="../../ui/Labels.cpp" line="41"/>
        <source>On scene</source>
        <translation>En el lugar</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="26"/>
        <source>Out of service</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="28"/>
        <source>Off duty</source>
        <translation>Fuera de turno</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="37"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="43"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="51"/>
        <source>Vetted group</source>
        <translation>Grupo verificado</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="53"/>
        <source>Unverified</source>
        <translation>No verificado</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="55"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="57"/>
        <source>Anonymous tip</source>
        <translation>Denuncia anónima</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="59"/>
        <source>Hotline</source>
        <translation>Línea de emergencia</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="61"/>
        <source>CAP feed</source>
        <translation>Aviso CAP</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="63"/>
        <source>Bracelet alarm</source>
        <translation>Alarma de brazalete</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="65"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="67"/>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="69"/>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="71"/>
        <source>Business</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="78"/>
        <source>Car</source>
        <translation>Patrulla</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="80"/>
        <source>Motorcycle</source>
        <translation>Motocicleta</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="82"/>
        <source>On foot</source>
        <translation>A pie</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="84"/>
        <source>Bicycle</source>
        <translation>Bicicleta</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="86"/>
        <source>K9</source>
        <translation>K9</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="87"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="93"/>
        <source>Unclassified</source>
        <translation>Sin clasificar</translation>
    </message>
</context>
<context>
    <name>centinela::ui::AlertQueueModel</name>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="143"/>
        <source>no location</source>
        <translation>sin ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="145"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="145"/>
        <source>Acknowledged by %1</source>
        <translation>Confirmada por %1</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="172"/>
        <source>Pri.</source>
        <translation>Pri.</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="174"/>
        <source>Age</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="176"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="178"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="180"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="182"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>centinela::ui::IncidentPanel</name>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="24"/>
        <source>&amp;Assign unit (F4)</source>
        <translation>&amp;Asignar unidad (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="25"/>
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="26"/>
        <source>C&amp;lose</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="104"/>
        <source>&lt;i&gt;No incident selected.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ningún incidente seleccionado.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="112"/>
        <source>&lt;p&gt;Priority %1 · %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Prioridad %1 · %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="117"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="117"/>
        <source>Acknowledged</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="117"/>
        <source>Dispatched</source>
        <translation>Despachado</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="118"/>
        <source>En route</source>
        <translation>En camino</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="118"/>
        <source>On scene</source>
        <translation>En el lugar</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="118"/>
        <source>Cleared</source>
        <translation>Liberado</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="121"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="128"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="139"/>
        <source>Centinela</source>
        <translation>Centinela</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="139"/>
        <source>The action could not be saved: %1</source>
        <translation>No se pudo guardar la acción: %1</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="156"/>
        <location filename="../../ui/IncidentPanel.cpp" line="160"/>
        <source>Assign unit</source>
        <translation>Asignar unidad</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="156"/>
        <source>No unit is available.</source>
        <translation>No hay unidades disponibles.</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="160"/>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="173"/>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="173"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="184"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="184"/>
        <source>Report taken</source>
        <translation>Denuncia levantada</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="184"/>
        <source>Arrest</source>
        <translation>Arresto</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="184"/>
        <source>Unfounded</source>
        <translation>Infundado</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="185"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="185"/>
        <source>Cancelled by caller</source>
        <translation>Cancelado por quien llamó</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="186"/>
        <source>Close incident</source>
        <translation>Cerrar incidente</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="186"/>
        <source>Disposition:</source>
        <translation>Cierre:</translation>
    </message>
</context>
<context>
    <name>centinela::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="66"/>
        <source>Centinela — dispatch</source>
        <translation>Centinela — despacho</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="76"/>
        <source>No map configured for this station.</source>
        <translation>No hay mapa configurado para esta estación.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="87"/>
        <source>Alert queue</source>
        <translation>Cola de alertas</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="90"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="92"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="88"/>
        <source>Pending actions</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="108"/>
        <location filename="../../ui/MainWindow.cpp" line="214"/>
        <location filename="../../ui/MainWindow.cpp" line="243"/>
        <source>Centinela</source>
        <translation>Centinela</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="108"/>
        <source>Local storage failed: %1</source>
        <translation>Falló el almacenamiento local: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="147"/>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertas</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="148"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Confirmar recepción</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="149"/>
        <source>Create &amp;incident (links selected alerts)</source>
        <translation>Crear &amp;incidente (vincula las alertas seleccionadas)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="151"/>
        <source>Go to &amp;queue</source>
        <translation>Ir a la &amp;cola</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="153"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="154"/>
        <source>&amp;Assign unit</source>
        <translation>&amp;Asignar unidad</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="155"/>
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="156"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="157"/>
        <source>Go to &amp;incidents</source>
        <translation>Ir a &amp;incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="159"/>
        <source>&amp;Units</source>
        <translation>&amp;Unidades</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="160"/>
        <source>&amp;En route</source>
        <translation>&amp;En camino</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="161"/>
        <source>On &amp;scene</source>
        <translation>En el &amp;lugar</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="162"/>
        <source>&amp;Available</source>
        <translation>&amp;Disponible</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="163"/>
        <source>&amp;Out of service</source>
        <translation>&amp;Fuera de servicio</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="165"/>
        <source>Go to &amp;units</source>
        <translation>Ir a &amp;unidades</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="175"/>
        <source>● Connected as %1 · event %2</source>
        <translation>● Conectado como %1 · evento %2</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="180"/>
        <source>● Connecting…</source>
        <translation>● Conectando…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="184"/>
        <source>● No database connection</source>
        <translation>● Sin conexión con la base de datos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="186"/>
        <source>DATABASE CONNECTION LOST — showing the last known state. Your actions are kept on this desk (%n pending) and will be sent when the connection returns. %1</source>
        <translation>
            <numerusform>SIN CONEXIÓN CON LA BASE DE DATOS — se muestra el último estado conocido. Sus acciones se guardan en esta consola (%n pendiente) y se enviarán al volver la conexión. %1</numerusform>
            <numerusform>SIN CONEXIÓN CON LA BASE DE DATOS — se muestra el último estado conocido. Sus acciones se guardan en esta consola (%n pendientes) y se enviarán al volver la conexión. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="194"/>
        <source> · %n pending</source>
        <translation>
            <numerusform> · %n pendiente</numerusform>
            <numerusform> · %n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="196"/>
        <source> · %n not applied</source>
        <translation>
            <numerusform> · %n sin aplicar</numerusform>
            <numerusform> · %n sin aplicar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="208"/>
        <source>Another desk was first: %1 assigned this unit to incident #%2.</source>
        <translation>Otra consola se adelantó: %1 asignó esta unidad al incidente #%2.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="212"/>
        <source>Not applied: %1</source>
        <translation>No aplicado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="243"/>
        <source>The action could not be saved: %1</source>
        <translation>No se pudo guardar la acción: %1</translation>
    </message>
</context>
<context>
    <name>centinela::ui::OutboxPanel</name>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="16"/>
        <source>&amp;Dismiss conflict</source>
        <translation>&amp;Descartar conflicto</translation>
    </message>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="42"/>
        <source>Acknowledge alert #%1</source>
        <translation>Confirmar alerta #%1</translation>
    </message>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="44"/>
        <source>Create incident</source>
        <translation>Crear incidente</translation>
    </message>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="46"/>
        <source>Assign %1 to incident #%2</source>
        <translation>Asignar %1 al incidente #%2</translation>
    </message>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="49"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="52"/>
        <source>Note on incident #%1</source>
        <translation>Nota en el incidente #%1</translation>
    </message>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="54"/>
        <source>Close incident #%1</source>
        <translation>Cerrar incidente #%1</translation>
    </message>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="56"/>
        <source>New alert</source>
        <translation>Nueva alerta</translation>
    </message>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="64"/>
        <source>Not applied: %1 — %2</source>
        <translation>No aplicado: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="70"/>
        <source>Pending: %1 (%2)</source>
        <translation>Pendiente: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>centinela::ui::UnitBoardModel</name>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="106"/>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="106"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="120"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="122"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="124"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="126"/>
        <source>In status</source>
        <translation>En estado</translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="128"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="130"/>
        <source>Last fix</source>
        <translation>Última posición</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/desk/main.cpp" line="45"/>
        <source>Centinela</source>
        <translation>Centinela</translation>
    </message>
    <message>
        <location filename="../../app/desk/main.cpp" line="97"/>
        <source>The embedded database could not start: %1</source>
        <translation>No se pudo iniciar la base de datos integrada: %1</translation>
    </message>
    <message>
        <location filename="../../app/desk/main.cpp" line="119"/>
        <source>Another Centinela desk is already open for this database on this computer.</source>
        <translation>Ya hay una consola de Centinela abierta para esta base de datos en este equipo.</translation>
    </message>
</context>
</TS>
