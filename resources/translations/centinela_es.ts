<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ChartText</name>
    <message>
        <location filename="../../ui/CommanderCharts.cpp" line="33"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderCharts.cpp" line="68"/>
        <source>%1 time by week</source>
        <translation>Tiempo de %1 por semana</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderCharts.cpp" line="69"/>
        <source>%1 time by day</source>
        <translation>Tiempo de %1 por día</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderCharts.cpp" line="71"/>
        <location filename="../../ui/CommanderCharts.cpp" line="142"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderCharts.cpp" line="73"/>
        <location filename="../../ui/CommanderCharts.cpp" line="143"/>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderCharts.cpp" line="106"/>
        <source>Distribution of %1 times</source>
        <translation>Distribución de tiempos de %1</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderCharts.cpp" line="107"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderCharts.cpp" line="114"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderCharts.cpp" line="126"/>
        <source>from (min:s)</source>
        <translation>desde (min:s)</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderCharts.cpp" line="129"/>
        <source>incidents</source>
        <translation>incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderCharts.cpp" line="141"/>
        <source>%1 time by sector</source>
        <translation>Tiempo de %1 por sector</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderCharts.cpp" line="148"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
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
    <name>ReportText</name>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="18"/>
        <source>Processing</source>
        <translation>Procesamiento</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="20"/>
        <source>Queue</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="22"/>
        <source>Turnout</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="24"/>
        <source>Travel</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="26"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="28"/>
        <source>On scene</source>
        <translation>En escena</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="37"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="39"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="41"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="43"/>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="45"/>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="47"/>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="49"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="51"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="53"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="55"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="57"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="59"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="67"/>
        <source>Response-time review</source>
        <translation>Revisión de tiempos de respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="68"/>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="69"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="70"/>
        <source>Compared with</source>
        <translation>Comparado con</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="71"/>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="72"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="73"/>
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="74"/>
        <source>all history</source>
        <translation>todo el historial</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="75"/>
        <source>All incidents</source>
        <translation>Todos los incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="76"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="77"/>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="78"/>
        <source>Measured</source>
        <translation>Medidos</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="79"/>
        <source>Missing</source>
        <translation>Faltantes</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="80"/>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="81"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="82"/>
        <source>90th pct.</source>
        <translation>Perc. 90</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="83"/>
        <source>Within target</source>
        <translation>Dentro de la meta</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="84"/>
        <source>Zero / negative</source>
        <translation>Cero / negativos</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="85"/>
        <source>Change (90th)</source>
        <translation>Cambio (perc. 90)</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="86"/>
        <source>Percentiles are exact (linear interpolation between closest ranks, as PostgreSQL&apos;s percentile_cont). A missing stage is counted as missing, never as zero. Zero and negative intervals are recording errors of the source system; they are kept in the figures and counted in the zero / negative column.</source>
        <translation>Los percentiles son exactos (interpolación lineal entre los rangos más cercanos, como percentile_cont de PostgreSQL). Una etapa sin registro se cuenta como faltante, nunca como cero. Los intervalos de cero y negativos son errores de registro del sistema de origen; se conservan en las cifras y se cuentan en la columna cero / negativos.</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="91"/>
        <source>Processing (received → dispatched)</source>
        <translation>Procesamiento (recibido → despachado)</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="91"/>
        <source>Queue (received → acknowledged)</source>
        <translation>Espera (recibido → atendido)</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="92"/>
        <source>Turnout (dispatched → en route)</source>
        <translation>Salida (despachado → en camino)</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="92"/>
        <source>Travel (en route → on scene)</source>
        <translation>Traslado (en camino → en escena)</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="93"/>
        <source>Response (received → on scene)</source>
        <translation>Respuesta (recibido → en escena)</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="93"/>
        <source>On scene (on scene → cleared)</source>
        <translation>En escena (en escena → libre)</translation>
    </message>
</context>
<context>
    <name>centinela::ui::AlertQueueModel</name>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="145"/>
        <source>no location</source>
        <translation>sin ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="147"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="147"/>
        <source>Acknowledged by %1</source>
        <translation>Confirmada por %1</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="174"/>
        <source>Pri.</source>
        <translation>Pri.</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="176"/>
        <source>Age</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="178"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="180"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="182"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="184"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>centinela::ui::CommanderView</name>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="87"/>
        <source>All history</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="88"/>
        <source>Compare with the period before</source>
        <translation>Comparar con el periodo anterior</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="93"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="94"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="95"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="105"/>
        <location filename="../../ui/CommanderView.cpp" line="349"/>
        <source>Response-time review</source>
        <translation>Revisión de tiempos de respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="113"/>
        <source>No grouping</source>
        <translation>Sin agrupar</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="114"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="130"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="132"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="139"/>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="141"/>
        <source>then by</source>
        <translation>y luego por</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="143"/>
        <source>Charts show</source>
        <translation>Gráficas de</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="161"/>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="162"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="163"/>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="164"/>
        <source>By sector</source>
        <translation>Por sector</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="165"/>
        <source>Hot spots (type × hour)</source>
        <translation>Puntos calientes (tipo × hora)</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="243"/>
        <source>(%1 – %2)</source>
        <translation>(%1 – %2)</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="254"/>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="300"/>
        <source>This login may not read the response-time review: it needs a commander&apos;s login.</source>
        <translation>Este usuario no puede leer la revisión de tiempos de respuesta: se necesita un usuario de comandante.</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="302"/>
        <source>The review could not be computed: %1</source>
        <translation>No se pudo calcular la revisión: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/CommanderView.cpp" line="312"/>
        <source>%n incident(s) in the period; times in %1. Missing stages are counted apart, never as zero.</source>
        <translation>
            <numerusform>%n incidente en el periodo; horas en %1. Las etapas sin registro se cuentan aparte, nunca como cero.</numerusform>
            <numerusform>%n incidentes en el periodo; horas en %1. Las etapas sin registro se cuentan aparte, nunca como cero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="355"/>
        <source>the PDF could not be written</source>
        <translation>no se pudo escribir el PDF</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="363"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="363"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="364"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="364"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="369"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>centinela::ui::HotSpotModel</name>
    <message numerus="yes">
        <location filename="../../ui/HotSpotModel.cpp" line="65"/>
        <source>%1 at %2:00: %n incident(s)</source>
        <translation>
            <numerusform>%1 a las %2:00: %n incidente</numerusform>
            <numerusform>%1 a las %2:00: %n incidentes</numerusform>
        </translation>
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
        <location filename="../../ui/IncidentPanel.cpp" line="185"/>
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
        <location filename="../../ui/MainWindow.cpp" line="69"/>
        <source>Centinela — dispatch</source>
        <translation>Centinela — despacho</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="79"/>
        <source>No map configured for this station.</source>
        <translation>No hay mapa configurado para esta estación.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="90"/>
        <source>Alert queue</source>
        <translation>Cola de alertas</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="94"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="96"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="91"/>
        <source>Pending actions</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="114"/>
        <location filename="../../ui/MainWindow.cpp" line="249"/>
        <location filename="../../ui/MainWindow.cpp" line="278"/>
        <source>Centinela</source>
        <translation>Centinela</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="114"/>
        <source>Local storage failed: %1</source>
        <translation>Falló el almacenamiento local: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="153"/>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertas</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="154"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Confirmar recepción</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="155"/>
        <source>Create &amp;incident (links selected alerts)</source>
        <translation>Crear &amp;incidente (vincula las alertas seleccionadas)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="157"/>
        <source>Go to &amp;queue</source>
        <translation>Ir a la &amp;cola</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="159"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="160"/>
        <source>&amp;Assign unit</source>
        <translation>&amp;Asignar unidad</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="161"/>
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="162"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="163"/>
        <source>Go to &amp;incidents</source>
        <translation>Ir a &amp;incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="164"/>
        <source>Record &amp;check…</source>
        <translation>&amp;Consulta de antecedentes…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="170"/>
        <source>&amp;Units</source>
        <translation>&amp;Unidades</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="171"/>
        <source>&amp;En route</source>
        <translation>&amp;En camino</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="173"/>
        <source>On &amp;scene</source>
        <translation>En el &amp;lugar</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="175"/>
        <source>&amp;Available</source>
        <translation>&amp;Disponible</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="177"/>
        <source>&amp;Out of service</source>
        <translation>&amp;Fuera de servicio</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="179"/>
        <source>Go to &amp;units</source>
        <translation>Ir a &amp;unidades</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="182"/>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="183"/>
        <source>&amp;Response-time review…</source>
        <translation>Revisión de tiempos de &amp;respuesta…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="195"/>
        <source>A&amp;dministration</source>
        <translation>A&amp;dministración</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="196"/>
        <source>Vetted &amp;reporter network…</source>
        <translation>&amp;Red de informantes verificados…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="210"/>
        <source>● Connected as %1 · event %2</source>
        <translation>● Conectado como %1 · evento %2</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="215"/>
        <source>● Connecting…</source>
        <translation>● Conectando…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="219"/>
        <source>● No database connection</source>
        <translation>● Sin conexión con la base de datos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="221"/>
        <source>DATABASE CONNECTION LOST — showing the last known state. Your actions are kept on this desk (%n pending) and will be sent when the connection returns. %1</source>
        <translation>
            <numerusform>SIN CONEXIÓN CON LA BASE DE DATOS — se muestra el último estado conocido. Sus acciones se guardan en esta consola (%n pendiente) y se enviarán al volver la conexión. %1</numerusform>
            <numerusform>SIN CONEXIÓN CON LA BASE DE DATOS — se muestra el último estado conocido. Sus acciones se guardan en esta consola (%n pendientes) y se enviarán al volver la conexión. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="229"/>
        <source> · %n pending</source>
        <translation>
            <numerusform> · %n pendiente</numerusform>
            <numerusform> · %n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="231"/>
        <source> · %n not applied</source>
        <translation>
            <numerusform> · %n sin aplicar</numerusform>
            <numerusform> · %n sin aplicar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="243"/>
        <source>Another desk was first: %1 assigned this unit to incident #%2.</source>
        <translation>Otra consola se adelantó: %1 asignó esta unidad al incidente #%2.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="247"/>
        <source>Not applied: %1</source>
        <translation>No aplicado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="278"/>
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
        <location filename="../../ui/OutboxPanel.cpp" line="65"/>
        <source>Not applied: %1 — %2</source>
        <translation>No aplicado: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/OutboxPanel.cpp" line="72"/>
        <source>Pending: %1 (%2)</source>
        <translation>Pendiente: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>centinela::ui::RecordLookupDialog</name>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="26"/>
        <source>OUTSTANDING WARRANT</source>
        <translation>ORDEN DE CAPTURA VIGENTE</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="28"/>
        <source>ACTIVE RESTRAINING ORDER</source>
        <translation>ORDEN DE ALEJAMIENTO VIGENTE</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="30"/>
        <source>UNPAID FINES: %1 (%2)</source>
        <translation>MULTAS PENDIENTES: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="34"/>
        <source>REPORTED STOLEN</source>
        <translation>DENUNCIADO COMO ROBADO</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="36"/>
        <source>OWNER HAS AN OUTSTANDING WARRANT</source>
        <translation>EL PROPIETARIO TIENE ORDEN DE CAPTURA</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="38"/>
        <source>OWNER HAS AN ACTIVE RESTRAINING ORDER</source>
        <translation>EL PROPIETARIO TIENE ORDEN DE ALEJAMIENTO</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="50"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="54"/>
        <source>born</source>
        <translation>nacido(a) el</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="59"/>
        <source>Warrant</source>
        <translation>Orden de captura</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="63"/>
        <source>Restraining order</source>
        <translation>Orden de alejamiento</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="64"/>
        <source>protects</source>
        <translation>protege a</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="68"/>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="73"/>
        <source>Border crossing</source>
        <translation>Paso fronterizo</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="87"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="91"/>
        <source>Record check</source>
        <translation>Consulta de antecedentes</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="92"/>
        <source>Name, document number or plate</source>
        <translation>Nombre, número de documento o placa</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="93"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="94"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="95"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="96"/>
        <source>Plate</source>
        <translation>Placa</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="97"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="97"/>
        <source>Required without an incident</source>
        <translation>Obligatorio sin incidente</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="99"/>
        <source>&amp;Look up:</source>
        <translation>&amp;Consultar:</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="100"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="101"/>
        <source>Incident:</source>
        <translation>Incidente:</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="102"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="103"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="130"/>
        <source>State a reason for the check (or open it from an incident).</source>
        <translation>Indique el motivo de la consulta (o ábrala desde un incidente).</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="141"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="166"/>
        <source>The check was refused: %1</source>
        <translation>La consulta fue rechazada: %1</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="171"/>
        <source>No records found. The check was recorded in the audit trail.</source>
        <translation>Sin registros. La consulta quedó registrada en la bitácora de auditoría.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/RecordLookupDialog.cpp" line="172"/>
        <source>%n result(s). The check was recorded in the audit trail.</source>
        <translation>
            <numerusform>%n resultado. La consulta quedó registrada en la bitácora de auditoría.</numerusform>
            <numerusform>%n resultados. La consulta quedó registrada en la bitácora de auditoría.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="186"/>
        <source>No flags</source>
        <translation>Sin alertas</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="194"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
</context>
<context>
    <name>centinela::ui::ReportTableModel</name>
    <message>
        <location filename="../../ui/ReportTableModel.cpp" line="76"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReportTableModel.cpp" line="77"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../ui/ReportTableModel.cpp" line="78"/>
        <source>All incidents</source>
        <translation>Todos los incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/ReportTableModel.cpp" line="96"/>
        <source>≤%1: %2 %</source>
        <translation>≤%1: %2 %</translation>
    </message>
    <message>
        <location filename="../../ui/ReportTableModel.cpp" line="100"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReportTableModel.cpp" line="121"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/ReportTableModel.cpp" line="123"/>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location filename="../../ui/ReportTableModel.cpp" line="125"/>
        <source>Measured</source>
        <translation>Medidos</translation>
    </message>
    <message>
        <location filename="../../ui/ReportTableModel.cpp" line="127"/>
        <source>Missing</source>
        <translation>Faltantes</translation>
    </message>
    <message>
        <location filename="../../ui/ReportTableModel.cpp" line="129"/>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/ReportTableModel.cpp" line="131"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../../ui/ReportTableModel.cpp" line="133"/>
        <source>90th pct.</source>
        <translation>Perc. 90</translation>
    </message>
    <message>
        <location filename="../../ui/ReportTableModel.cpp" line="135"/>
        <source>Within target</source>
        <translation>Dentro de la meta</translation>
    </message>
    <message>
        <location filename="../../ui/ReportTableModel.cpp" line="137"/>
        <source>Zero / negative</source>
        <translation>Cero / negativos</translation>
    </message>
    <message>
        <location filename="../../ui/ReportTableModel.cpp" line="139"/>
        <source>Change (90th)</source>
        <translation>Cambio (perc. 90)</translation>
    </message>
</context>
<context>
    <name>centinela::ui::ReporterNetworkDialog</name>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="23"/>
        <source>Vetted reporter network</source>
        <translation>Red de informantes verificados</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="27"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="27"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="27"/>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="112"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="27"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="27"/>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="27"/>
        <source>Strikes</source>
        <translation>Faltas</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="27"/>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="172"/>
        <source>Background check</source>
        <translation>Verificación de antecedentes</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="35"/>
        <source>&amp;Found member…</source>
        <translation>&amp;Fundar miembro…</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="36"/>
        <source>&amp;Invite…</source>
        <translation>&amp;Invitar…</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="37"/>
        <source>&amp;Approve as member…</source>
        <translation>&amp;Aprobar como miembro…</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="38"/>
        <source>Background check &amp;passed</source>
        <translation>Antecedentes &amp;limpios</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="39"/>
        <source>Background check &amp;failed</source>
        <translation>Antecedentes &amp;con problemas</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="40"/>
        <source>&amp;Strike…</source>
        <translation>&amp;Falta…</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="41"/>
        <source>&amp;Reinstate…</source>
        <translation>&amp;Restituir…</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="52"/>
        <source>Only approved members&apos; numbers raise alerts on the vetted channel; other numbers go to the unverified queue. Numbers are stored only as keyed hashes.</source>
        <translation>Solo los números de miembros aprobados generan alertas en el canal verificado; los demás van a la cola no verificada. Los números se guardan solo como hash con clave.</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="71"/>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="71"/>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="76"/>
        <source>Only the admin role manages the reporter network.</source>
        <translation>Solo el rol de administrador gestiona la red de informantes.</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="77"/>
        <source>Not done: %1</source>
        <translation>No se hizo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="98"/>
        <source>Cannot read the network: %1</source>
        <translation>No se puede leer la red: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="112"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="121"/>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="124"/>
        <source>Found member</source>
        <translation>Fundar miembro</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="121"/>
        <source>Phone number:</source>
        <translation>Número de teléfono:</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="124"/>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="144"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="136"/>
        <source>Select the inviting member first.</source>
        <translation>Seleccione primero al miembro que invita.</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="140"/>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="144"/>
        <source>Invite</source>
        <translation>Invitar</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="140"/>
        <source>Phone number of the invited person:</source>
        <translation>Número de teléfono de la persona invitada:</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="160"/>
        <source>Approve as member</source>
        <translation>Aprobar como miembro</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="160"/>
        <source>Id of the approving member:</source>
        <translation>Id del miembro que aprueba:</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="172"/>
        <source>Note (record consulted):</source>
        <translation>Nota (registro consultado):</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="186"/>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="189"/>
        <source>Strike</source>
        <translation>Falta</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="186"/>
        <source>Rule broken:</source>
        <translation>Regla incumplida:</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="189"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="200"/>
        <source>Reinstate</source>
        <translation>Restituir</translation>
    </message>
    <message>
        <location filename="../../ui/ReporterNetworkDialog.cpp" line="200"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
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
        <location filename="../../app/desk/main.cpp" line="51"/>
        <source>Centinela</source>
        <translation>Centinela</translation>
    </message>
    <message>
        <location filename="../../app/desk/main.cpp" line="105"/>
        <source>The embedded database could not start: %1</source>
        <translation>No se pudo iniciar la base de datos integrada: %1</translation>
    </message>
    <message>
        <location filename="../../app/desk/main.cpp" line="127"/>
        <source>Another Centinela desk is already open for this database on this computer.</source>
        <translation>Ya hay una consola de Centinela abierta para esta base de datos en este equipo.</translation>
    </message>
</context>
</TS>
