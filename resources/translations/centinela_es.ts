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
        <location filename="../../ui/Labels.cpp" line="24"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="26"/>
        <location filename="../../ui/Labels.cpp" line="45"/>
        <source>Dispatched</source>
        <translation>Despachado</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="28"/>
        <source>En route</source>
        <translation>En camino</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="30"/>
        <location filename="../../ui/Labels.cpp" line="47"/>
        <source>On scene</source>
        <translation>En el lugar</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="32"/>
        <source>Out of service</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="34"/>
        <source>Off duty</source>
        <translation>Fuera de turno</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="43"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="49"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="57"/>
        <source>Vetted group</source>
        <translation>Grupo verificado</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="59"/>
        <source>Unverified</source>
        <translation>No verificado</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="61"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="63"/>
        <source>Anonymous tip</source>
        <translation>Denuncia anónima</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="65"/>
        <source>Hotline</source>
        <translation>Línea de emergencia</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="67"/>
        <source>CAP feed</source>
        <translation>Aviso CAP</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="69"/>
        <location filename="../../ui/Labels.cpp" line="105"/>
        <source>Bracelet alarm</source>
        <translation>Alarma de brazalete</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="71"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="73"/>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="75"/>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="77"/>
        <source>Business</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="84"/>
        <source>Car</source>
        <translation>Patrulla</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="86"/>
        <source>Motorcycle</source>
        <translation>Motocicleta</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="88"/>
        <source>On foot</source>
        <translation>A pie</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="90"/>
        <source>Bicycle</source>
        <translation>Bicicleta</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="92"/>
        <source>K9</source>
        <translation>K9</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="93"/>
        <location filename="../../ui/Labels.cpp" line="115"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="99"/>
        <source>Robbery</source>
        <translation>Robo</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="100"/>
        <source>Assault</source>
        <translation>Agresión</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="101"/>
        <source>Shots fired</source>
        <translation>Disparos</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="102"/>
        <source>Domestic violence</source>
        <translation>Violencia intrafamiliar</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="103"/>
        <source>Sexual assault</source>
        <translation>Agresión sexual</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="104"/>
        <source>Officer emergency</source>
        <translation>Emergencia de agente</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="106"/>
        <source>Extortion</source>
        <translation>Extorsión</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="107"/>
        <source>Burglary</source>
        <translation>Robo en vivienda o local</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="108"/>
        <source>Vehicle theft</source>
        <translation>Robo de vehículo</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="109"/>
        <source>Traffic accident</source>
        <translation>Accidente de tránsito</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="110"/>
        <source>Missing person</source>
        <translation>Persona desaparecida</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="111"/>
        <source>Drug search</source>
        <translation>Búsqueda de drogas</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="112"/>
        <source>Theft</source>
        <translation>Hurto</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="113"/>
        <source>Suspicious person</source>
        <translation>Persona sospechosa</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="114"/>
        <source>Disturbance</source>
        <translation>Escándalo o riña</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="118"/>
        <source>Unclassified</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="126"/>
        <source>Is anyone hurt? Is an ambulance needed?</source>
        <translation>¿Hay heridos? ¿Se necesita ambulancia?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="127"/>
        <source>How many suspects? What do they look like and wear?</source>
        <translation>¿Cuántos sospechosos? ¿Cómo son y qué visten?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="128"/>
        <source>Are they armed? With what?</source>
        <translation>¿Están armados? ¿Con qué?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="129"/>
        <source>Where did they go, and how (on foot, motorcycle, car: plate, colour)?</source>
        <translation>¿Hacia dónde huyeron y cómo (a pie, en moto, en carro: placa, color)?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="130"/>
        <source>Is it happening now?</source>
        <translation>¿Está ocurriendo ahora?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="134"/>
        <source>How many shots, from where?</source>
        <translation>¿Cuántos disparos, desde dónde?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="136"/>
        <source>Is the aggressor still there? Are there children or weapons in the home?</source>
        <translation>¿Sigue ahí el agresor? ¿Hay niños o armas en la casa?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="137"/>
        <source>Is there a restraining order?</source>
        <translation>¿Hay una orden de alejamiento?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="137"/>
        <source>Can the caller talk safely?</source>
        <translation>¿Puede hablar con seguridad quien llama?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="139"/>
        <source>Are the intruders still inside?</source>
        <translation>¿Siguen adentro los intrusos?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="141"/>
        <source>Plate, make, model and colour?</source>
        <translation>¿Placa, marca, modelo y color?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="141"/>
        <source>When was it last seen?</source>
        <translation>¿Cuándo se vio por última vez?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="143"/>
        <source>How many vehicles? Is traffic blocked?</source>
        <translation>¿Cuántos vehículos? ¿Está bloqueado el tránsito?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="143"/>
        <source>Fuel leak or fire?</source>
        <translation>¿Derrame de combustible o fuego?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="145"/>
        <source>Name, age and description?</source>
        <translation>¿Nombre, edad y descripción?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="145"/>
        <source>Where and when were they last seen?</source>
        <translation>¿Dónde y cuándo se vio por última vez?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="146"/>
        <source>Any illness, medication or danger?</source>
        <translation>¿Alguna enfermedad, medicamento o peligro?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="148"/>
        <source>How was the demand made (call, note, messenger)?</source>
        <translation>¿Cómo se hizo la exigencia (llamada, nota, mensajero)?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="148"/>
        <source>Is a payment due now?</source>
        <translation>¿Hay un pago pendiente ahora?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="150"/>
        <source>What are they doing?</source>
        <translation>¿Qué están haciendo?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="152"/>
        <source>How many people? Any fight or weapons?</source>
        <translation>¿Cuántas personas? ¿Hay pelea o armas?</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="159"/>
        <source>female officer</source>
        <translation>agente mujer</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="161"/>
        <source>K9 unit</source>
        <translation>unidad K9</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="163"/>
        <source>motorcycle</source>
        <translation>motocicleta</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="165"/>
        <source>paramedic</source>
        <translation>paramédico</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="177"/>
        <source>Incident created (priority %1)</source>
        <translation>Incidente creado (prioridad %1)</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="179"/>
        <source>Closed: %1</source>
        <translation>Cerrado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="181"/>
        <source>Alert #%1 linked (%2): %3</source>
        <translation>Alerta #%1 vinculada (%2): %3</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="188"/>
        <source>%1 assigned</source>
        <translation>%1 asignada</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="189"/>
        <source>%1 assigned — reason: %2</source>
        <translation>%1 asignada — motivo: %2</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="198"/>
        <source>%1 cleared</source>
        <translation>%1 liberada</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="200"/>
        <source>%1: OFFICER EMERGENCY</source>
        <translation>%1: EMERGENCIA DE AGENTE</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="202"/>
        <source>%1: emergency cleared</source>
        <translation>%1: emergencia terminada</translation>
    </message>
    <message>
        <location filename="../../ui/Labels.cpp" line="204"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
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
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="78"/>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="79"/>
        <source>Measured</source>
        <translation>Medidos</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="80"/>
        <source>Missing</source>
        <translation>Faltantes</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="81"/>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="82"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="83"/>
        <source>90th pct.</source>
        <translation>Perc. 90</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="84"/>
        <source>Within target</source>
        <translation>Dentro de la meta</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="85"/>
        <source>Zero / negative</source>
        <translation>Cero / negativos</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="86"/>
        <source>Change (90th)</source>
        <translation>Cambio (perc. 90)</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="87"/>
        <source>Percentiles are exact (linear interpolation between closest ranks, as PostgreSQL&apos;s percentile_cont). A missing stage is counted as missing, never as zero. Zero and negative intervals are recording errors of the source system; they are kept in the figures and counted in the zero / negative column.</source>
        <translation>Los percentiles son exactos (interpolación lineal entre los rangos más cercanos, como percentile_cont de PostgreSQL). Una etapa sin registro se cuenta como faltante, nunca como cero. Los intervalos de cero y negativos son errores de registro del sistema de origen; se conservan en las cifras y se cuentan en la columna cero / negativos.</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="92"/>
        <source>Processing (received → dispatched)</source>
        <translation>Procesamiento (recibido → despachado)</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="92"/>
        <source>Queue (received → acknowledged)</source>
        <translation>Espera (recibido → atendido)</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="93"/>
        <source>Turnout (dispatched → en route)</source>
        <translation>Salida (despachado → en camino)</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="93"/>
        <source>Travel (en route → on scene)</source>
        <translation>Traslado (en camino → en escena)</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="94"/>
        <source>Response (received → on scene)</source>
        <translation>Respuesta (recibido → en escena)</translation>
    </message>
    <message>
        <location filename="../../ui/ReportLabels.cpp" line="94"/>
        <source>On scene (on scene → cleared)</source>
        <translation>En escena (en escena → libre)</translation>
    </message>
</context>
<context>
    <name>centinela::maps::MapCanvas</name>
    <message>
        <location filename="../../maps/canvas/MapCanvas.cpp" line="283"/>
        <source>Following unit — press F or Esc to stop</source>
        <translation>Siguiendo la unidad — pulse F o Esc para dejar de seguirla</translation>
    </message>
    <message>
        <location filename="../../maps/canvas/MapCanvas.cpp" line="310"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../../maps/canvas/MapCanvas.cpp" line="310"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../../maps/canvas/MapCanvas.cpp" line="453"/>
        <source>Create incident here</source>
        <translation>Crear incidente aquí</translation>
    </message>
    <message>
        <location filename="../../maps/canvas/MapCanvas.cpp" line="458"/>
        <source>Stop following</source>
        <translation>Dejar de seguir</translation>
    </message>
    <message>
        <location filename="../../maps/canvas/MapCanvas.cpp" line="460"/>
        <source>Follow this unit</source>
        <translation>Seguir esta unidad</translation>
    </message>
    <message>
        <location filename="../../maps/canvas/MapCanvas.cpp" line="462"/>
        <source>Go to home view</source>
        <translation>Ir a la vista inicial</translation>
    </message>
    <message>
        <location filename="../../maps/canvas/MapCanvas.cpp" line="463"/>
        <source>Make this the home view</source>
        <translation>Usar esta vista como inicial</translation>
    </message>
    <message>
        <location filename="../../maps/canvas/MapCanvas.cpp" line="464"/>
        <source>Show the whole map</source>
        <translation>Mostrar todo el mapa</translation>
    </message>
</context>
<context>
    <name>centinela::ui::AlertQueueModel</name>
    <message numerus="yes">
        <location filename="../../ui/AlertQueueModel.cpp" line="159"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/AlertQueueModel.cpp" line="161"/>
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/AlertQueueModel.cpp" line="163"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="173"/>
        <source>no location</source>
        <translation>sin ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="175"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="175"/>
        <source>Acknowledged by %1</source>
        <translation>Confirmada por %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/AlertQueueModel.cpp" line="207"/>
        <source>Stored (%n byte(s)); Alerts → Open attachment</source>
        <translation>
            <numerusform>Almacenado (%n byte); Alertas → Abrir adjunto</numerusform>
            <numerusform>Almacenado (%n bytes); Alertas → Abrir adjunto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="211"/>
        <source>Not stored: %1</source>
        <translation>No almacenado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="224"/>
        <source>Pri.</source>
        <translation>Pri.</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="226"/>
        <source>Age</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="228"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="230"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="232"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/AlertQueueModel.cpp" line="234"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>centinela::ui::CallTakingDialog</name>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="39"/>
        <source>Take a call</source>
        <translation>Atender una llamada</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="42"/>
        <source>Name, or leave empty if they will not say</source>
        <translation>Nombre, o vacío si no lo da</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="43"/>
        <source>Number to call back</source>
        <translation>Número para devolver la llamada</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="45"/>
        <source>Street, place or &quot;street y street&quot; — Enter searches the map</source>
        <translation>Calle, lugar o &quot;calle y calle&quot; — Intro busca en el mapa</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="47"/>
        <source>(no location yet)</source>
        <translation>(sin ubicación aún)</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="49"/>
        <location filename="../../ui/CallTakingDialog.cpp" line="109"/>
        <source>Where the map is centred</source>
        <translation>Donde está centrado el mapa</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="57"/>
        <source>What the caller says</source>
        <translation>Lo que dice quien llama</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="62"/>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal:</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="63"/>
        <source>&amp;Caller:</source>
        <translation>&amp;Quien llama:</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="64"/>
        <source>Call&amp;back:</source>
        <translation>&amp;Devolver a:</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="65"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="66"/>
        <source>&amp;Found:</source>
        <translation>&amp;Encontrado:</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="67"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="68"/>
        <source>&amp;Priority (1 = highest):</source>
        <translation>&amp;Prioridad (1 = la más alta):</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="69"/>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="72"/>
        <source>Create &amp;incident (Ctrl+Enter)</source>
        <translation>Crear &amp;incidente (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="73"/>
        <source>To the &amp;queue</source>
        <translation>A la &amp;cola</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="81"/>
        <source>What was &amp;said:</source>
        <translation>Lo que se &amp;dijo:</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="105"/>
        <source>Not found on the map — kept as text</source>
        <translation>No está en el mapa — se guarda como texto</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="134"/>
        <source>An incident needs a location: type an address and press Enter, or send the call to the queue.</source>
        <translation>Un incidente necesita ubicación: escriba una dirección y pulse Intro, o mande la llamada a la cola.</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="153"/>
        <source>Caller: %1</source>
        <translation>Llama: %1</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="155"/>
        <source>Callback: %1</source>
        <translation>Devolver a: %1</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="156"/>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <location filename="../../ui/CallTakingDialog.cpp" line="157"/>
        <source>(nothing said)</source>
        <translation>(no dijo nada)</translation>
    </message>
</context>
<context>
    <name>centinela::ui::CommanderView</name>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="91"/>
        <source>All history</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="92"/>
        <source>Compare with the period before</source>
        <translation>Comparar con el periodo anterior</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="97"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="98"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="99"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="109"/>
        <source>Response-time review</source>
        <translation>Revisión de tiempos de respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="117"/>
        <source>No grouping</source>
        <translation>Sin agrupar</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="118"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="134"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="136"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="143"/>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="145"/>
        <source>then by</source>
        <translation>y luego por</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="147"/>
        <source>Charts show</source>
        <translation>Gráficas de</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="165"/>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="166"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="167"/>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="168"/>
        <source>By sector</source>
        <translation>Por sector</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="169"/>
        <source>Hot spots (type × hour)</source>
        <translation>Puntos calientes (tipo × hora)</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="170"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="248"/>
        <source>(%1 – %2)</source>
        <translation>(%1 – %2)</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="259"/>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="320"/>
        <source>This login may not read the response-time review: it needs a commander&apos;s login.</source>
        <translation>Este usuario no puede leer la revisión de tiempos de respuesta: se necesita un usuario de comandante.</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="322"/>
        <source>The review could not be computed: %1</source>
        <translation>No se pudo calcular la revisión: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/CommanderView.cpp" line="334"/>
        <source>%n incident(s) in the period; times in %1. Missing stages are counted apart, never as zero.</source>
        <translation>
            <numerusform>%n incidente en el periodo; horas en %1. Las etapas sin registro se cuentan aparte, nunca como cero.</numerusform>
            <numerusform>%n incidentes en el periodo; horas en %1. Las etapas sin registro se cuentan aparte, nunca como cero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="384"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="384"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="385"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="385"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/CommanderView.cpp" line="390"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>centinela::ui::DeskActions</name>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="59"/>
        <source>The incident keeps the location an operator set; the message&apos;s pin was not used.</source>
        <translation>El incidente conserva la ubicación que fijó un operador; no se usó el pin del mensaje.</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="85"/>
        <source>Centinela</source>
        <translation>Centinela</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="85"/>
        <source>The action could not be saved: %1</source>
        <translation>No se pudo guardar la acción: %1</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="167"/>
        <source>Officer emergency</source>
        <translation>Emergencia de agente</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="168"/>
        <source>Clear the emergency of %1? Do it only when the officer is safe.</source>
        <translation>¿Terminar la emergencia de %1? Hágalo solo cuando el agente esté a salvo.</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="184"/>
        <source>Welfare check</source>
        <translation>Control de bienestar</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="184"/>
        <source>%1 answered. Note (optional):</source>
        <translation>%1 respondió. Nota (opcional):</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="185"/>
        <source>OK</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="205"/>
        <location filename="../../ui/DeskActions.cpp" line="210"/>
        <source>Alert #%1</source>
        <translation>Alerta #%1</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="205"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="210"/>
        <source>Priority (1 = highest):</source>
        <translation>Prioridad (1 = la más alta):</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="225"/>
        <source>Select the duplicate alerts in the queue and the incident they belong to.</source>
        <translation>Seleccione las alertas duplicadas en la cola y el incidente al que pertenecen.</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="239"/>
        <source>Clear bracelet alarm #%1</source>
        <translation>Terminar alarma de brazalete #%1</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="240"/>
        <source>What was done (the victim was reached, a unit checked the area…):</source>
        <translation>Qué se hizo (se contactó a la víctima, una unidad revisó la zona…):</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="256"/>
        <source>The selected alert has no attachments.</source>
        <translation>La alerta seleccionada no tiene adjuntos.</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="257"/>
        <source>The alert&apos;s attachments are not stored (yet): see its tooltip.</source>
        <translation>Los adjuntos de la alerta no están almacenados (aún): vea su información emergente.</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="266"/>
        <source>%1. %2 %3</source>
        <translation>%1. %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="273"/>
        <source>Open attachment</source>
        <translation>Abrir adjunto</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="273"/>
        <source>Attachment:</source>
        <translation>Adjunto:</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="281"/>
        <source>Opening the attachment…</source>
        <translation>Abriendo el adjunto…</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="312"/>
        <source>The attachment could not be opened: %1</source>
        <translation>No se pudo abrir el adjunto: %1</translation>
    </message>
    <message>
        <location filename="../../ui/DeskActions.cpp" line="314"/>
        <source>Attachment saved to %1 and opened.</source>
        <translation>Adjunto guardado en %1 y abierto.</translation>
    </message>
</context>
<context>
    <name>centinela::ui::DeskRecommender</name>
    <message>
        <location filename="../../ui/DeskRecommender.cpp" line="26"/>
        <source>Loading the road network…</source>
        <translation>Cargando la red vial…</translation>
    </message>
    <message>
        <location filename="../../ui/DeskRecommender.cpp" line="38"/>
        <source>No road network: %1</source>
        <translation>Sin red vial: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DeskRecommender.cpp" line="44"/>
        <source>%n road nodes</source>
        <translation>
            <numerusform>%n nodo vial</numerusform>
            <numerusform>%n nodos viales</numerusform>
        </translation>
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
        <location filename="../../ui/IncidentPanel.cpp" line="54"/>
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="55"/>
        <source>C&amp;lose</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="235"/>
        <source>&lt;i&gt;No incident selected.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ningún incidente seleccionado.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="240"/>
        <source>&lt;p&gt;Priority %1 · %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Prioridad %1 · %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="252"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="252"/>
        <source>Acknowledged</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="252"/>
        <source>Dispatched</source>
        <translation>Despachado</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="253"/>
        <source>En route</source>
        <translation>En camino</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="253"/>
        <source>On scene</source>
        <translation>En el lugar</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="253"/>
        <source>Cleared</source>
        <translation>Liberado</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="256"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="52"/>
        <source>&amp;Assign first (F4)</source>
        <translation>&amp;Asignar la primera (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="53"/>
        <source>Ot&amp;her unit… (Shift+F4)</source>
        <translation>&amp;Otra unidad… (Mayús+F4)</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="60"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="60"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="60"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="60"/>
        <source>ETA</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="60"/>
        <source>Road distance</source>
        <translation>Distancia por calle</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="64"/>
        <source>Nearest available units by road travel time that the incident&apos;s type allows. F4 assigns the first; Enter assigns the highlighted one (asks why).</source>
        <translation>Unidades disponibles más cercanas por tiempo de viaje por calle que admite el tipo de incidente. F4 asigna la primera; Intro asigna la resaltada (pide el motivo).</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="178"/>
        <source>No location yet: set one (map, address or the caller&apos;s pin) to get recommendations.</source>
        <translation>Sin ubicación: fije una (mapa, dirección o el pin de quien llama) para obtener recomendaciones.</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="184"/>
        <source>No available unit that this incident&apos;s type allows can reach it.</source>
        <translation>Ninguna unidad disponible admitida por este tipo de incidente puede llegar.</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="196"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="197"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="248"/>
        <source>&lt;p&gt;Needs: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Necesita: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="267"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="269"/>
        <source>Not available: %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="289"/>
        <source>Earlier incidents within %1 m</source>
        <translation>Incidentes anteriores a menos de %1 m</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="291"/>
        <source>Looking…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="291"/>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="342"/>
        <source>Centinela</source>
        <translation>Centinela</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="342"/>
        <source>The action could not be saved: %1</source>
        <translation>No se pudo guardar la acción: %1</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="365"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="366"/>
        <source>Closer in reality (radio position)</source>
        <translation>Más cerca en realidad (posición por radio)</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="366"/>
        <source>Has the equipment needed</source>
        <translation>Tiene el equipo necesario</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="367"/>
        <source>Recommended unit does not answer</source>
        <translation>La unidad recomendada no responde</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="367"/>
        <source>Knows the area or the people</source>
        <translation>Conoce la zona o a las personas</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="369"/>
        <source>Why not %1?</source>
        <translation>¿Por qué no %1?</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="370"/>
        <source>The recommendation was %1. Reason for choosing another unit:</source>
        <translation>La recomendación era %1. Motivo para elegir otra unidad:</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="410"/>
        <source>lacks what the type needs</source>
        <translation>no tiene lo que el tipo necesita</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="415"/>
        <location filename="../../ui/IncidentPanel.cpp" line="419"/>
        <source>Assign unit</source>
        <translation>Asignar unidad</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="415"/>
        <source>No unit is available.</source>
        <translation>No hay unidades disponibles.</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="419"/>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="436"/>
        <source>Incident #%1</source>
        <translation>Incidente #%1</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="450"/>
        <source>Street, place or &quot;street y street&quot; — Enter searches the map</source>
        <translation>Calle, lugar o &quot;calle y calle&quot; — Intro busca en el mapa</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="453"/>
        <location filename="../../ui/IncidentPanel.cpp" line="456"/>
        <source>(keep the current location)</source>
        <translation>(mantener la ubicación actual)</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="453"/>
        <source>(no location yet)</source>
        <translation>(sin ubicación aún)</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="469"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="470"/>
        <source>&amp;Priority (1 = highest):</source>
        <translation>&amp;Prioridad (1 = la más alta):</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="471"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="472"/>
        <source>&amp;Found:</source>
        <translation>&amp;Encontrado:</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="504"/>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="504"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="515"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="515"/>
        <source>Report taken</source>
        <translation>Denuncia levantada</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="515"/>
        <source>Arrest</source>
        <translation>Arresto</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="516"/>
        <source>Unfounded</source>
        <translation>Infundado</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="516"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="516"/>
        <source>Cancelled by caller</source>
        <translation>Cancelado por quien llamó</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="517"/>
        <source>Close incident</source>
        <translation>Cerrar incidente</translation>
    </message>
    <message>
        <location filename="../../ui/IncidentPanel.cpp" line="517"/>
        <source>Disposition:</source>
        <translation>Cierre:</translation>
    </message>
</context>
<context>
    <name>centinela::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="85"/>
        <source>Centinela — dispatch</source>
        <translation>Centinela — despacho</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="108"/>
        <source>Alert queue</source>
        <translation>Cola de alertas</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="112"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="114"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="109"/>
        <source>Pending actions</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="116"/>
        <source>Map layers</source>
        <translation>Capas del mapa</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="140"/>
        <location filename="../../ui/MainWindow.cpp" line="349"/>
        <source>Centinela</source>
        <translation>Centinela</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="140"/>
        <source>Local storage failed: %1</source>
        <translation>Falló el almacenamiento local: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="207"/>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertas</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="208"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Confirmar recepción</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="209"/>
        <source>Create &amp;incident (links selected alerts)</source>
        <translation>Crear &amp;incidente (vincula las alertas seleccionadas)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="211"/>
        <source>&amp;Take a call…</source>
        <translation>A&amp;tender una llamada…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="212"/>
        <source>Set type and &amp;priority…</source>
        <translation>Fijar tipo y &amp;prioridad…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="214"/>
        <source>&amp;Link to the selected incident (duplicates)</source>
        <translation>&amp;Vincular al incidente seleccionado (duplicados)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="216"/>
        <source>Clear &amp;bracelet alarm…</source>
        <translation>Terminar alarma de &amp;brazalete…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="218"/>
        <source>&amp;Open attachment…</source>
        <translation>Abrir &amp;adjunto…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="219"/>
        <source>Go to &amp;queue</source>
        <translation>Ir a la &amp;cola</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="221"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="222"/>
        <source>&amp;Assign the first recommended unit</source>
        <translation>&amp;Asignar la primera unidad recomendada</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="224"/>
        <source>Assign an&amp;other unit (with a reason)…</source>
        <translation>Asignar &amp;otra unidad (con motivo)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="226"/>
        <source>&amp;Edit type and priority…</source>
        <translation>&amp;Editar tipo y prioridad…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="228"/>
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="229"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="230"/>
        <source>Go to &amp;incidents</source>
        <translation>Ir a &amp;incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="231"/>
        <source>Record &amp;check…</source>
        <translation>&amp;Consulta de antecedentes…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="237"/>
        <source>&amp;Units</source>
        <translation>&amp;Unidades</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="238"/>
        <source>&amp;En route</source>
        <translation>&amp;En camino</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="240"/>
        <source>On &amp;scene</source>
        <translation>En el &amp;lugar</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="242"/>
        <source>&amp;Available</source>
        <translation>&amp;Disponible</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="244"/>
        <source>&amp;Out of service</source>
        <translation>&amp;Fuera de servicio</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="246"/>
        <source>Officer &amp;emergency (declare / clear)</source>
        <translation>&amp;Emergencia de agente (declarar / terminar)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="248"/>
        <source>&amp;Welfare check done…</source>
        <translation>&amp;Control de bienestar hecho…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="249"/>
        <source>Go to &amp;units</source>
        <translation>Ir a &amp;unidades</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="251"/>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="252"/>
        <source>Go to &amp;map</source>
        <translation>Ir al &amp;mapa</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="253"/>
        <source>&amp;Centre on the selection</source>
        <translation>&amp;Centrar en la selección</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="267"/>
        <source>&amp;Follow the selected unit</source>
        <translation>&amp;Seguir la unidad seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="273"/>
        <source>&amp;Home view</source>
        <translation>&amp;Vista inicial</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="274"/>
        <source>Make this the &amp;home view</source>
        <translation>Usar esta vista como &amp;inicial</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="275"/>
        <source>Create incident at the map &amp;centre</source>
        <translation>Crear incidente en el &amp;centro del mapa</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="281"/>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="282"/>
        <source>&amp;Response-time review…</source>
        <translation>Revisión de tiempos de &amp;respuesta…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="295"/>
        <source>A&amp;dministration</source>
        <translation>A&amp;dministración</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="296"/>
        <source>Vetted &amp;reporter network…</source>
        <translation>&amp;Red de informantes verificados…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="310"/>
        <source>● Connected as %1 · event %2</source>
        <translation>● Conectado como %1 · evento %2</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="315"/>
        <source>● Connecting…</source>
        <translation>● Conectando…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="319"/>
        <source>● No database connection</source>
        <translation>● Sin conexión con la base de datos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="321"/>
        <source>DATABASE CONNECTION LOST — showing the last known state. Your actions are kept on this desk (%n pending) and will be sent when the connection returns. %1</source>
        <translation>
            <numerusform>SIN CONEXIÓN CON LA BASE DE DATOS — se muestra el último estado conocido. Sus acciones se guardan en esta consola (%n pendiente) y se enviarán al volver la conexión. %1</numerusform>
            <numerusform>SIN CONEXIÓN CON LA BASE DE DATOS — se muestra el último estado conocido. Sus acciones se guardan en esta consola (%n pendientes) y se enviarán al volver la conexión. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="329"/>
        <source> · %n pending</source>
        <translation>
            <numerusform> · %n pendiente</numerusform>
            <numerusform> · %n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="331"/>
        <source> · %n not applied</source>
        <translation>
            <numerusform> · %n sin aplicar</numerusform>
            <numerusform> · %n sin aplicar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="343"/>
        <source>Another desk was first: %1 assigned this unit to incident #%2.</source>
        <translation>Otra consola se adelantó: %1 asignó esta unidad al incidente #%2.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="347"/>
        <source>Not applied: %1</source>
        <translation>No aplicado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="427"/>
        <source>%1 since %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="431"/>
        <source>OFFICER EMERGENCY: %1 — select the unit and press Ctrl+Shift+E when the officer is safe</source>
        <translation>EMERGENCIA DE AGENTE: %1 — seleccione la unidad y pulse Ctrl+Mayús+E cuando el agente esté a salvo</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="438"/>
        <source>Welfare check due: %1 (Ctrl+W)</source>
        <translation>Control de bienestar pendiente: %1 (Ctrl+W)</translation>
    </message>
</context>
<context>
    <name>centinela::ui::MapLayersPanel</name>
    <message>
        <location filename="../../ui/MapLayersPanel.cpp" line="19"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../ui/MapLayersPanel.cpp" line="20"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MapLayersPanel.cpp" line="48"/>
        <source>%1 · %n features</source>
        <translation>
            <numerusform>%1 · %n elemento</numerusform>
            <numerusform>%1 · %n elementos</numerusform>
        </translation>
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
        <location filename="../../ui/RecordLookupDialog.cpp" line="88"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="92"/>
        <source>Record check</source>
        <translation>Consulta de antecedentes</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="93"/>
        <source>Name, document number or plate</source>
        <translation>Nombre, número de documento o placa</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="94"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="95"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="96"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="97"/>
        <source>Plate</source>
        <translation>Placa</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="100"/>
        <source>Year, date or age: 1990, 12/03/1990, 35 años</source>
        <translation>Año, fecha o edad: 1990, 12/03/1990, 35 años</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="101"/>
        <source>Narrows a name check to people born then (an age means give or take three years). People whose birth date the registry lacks are still shown, last.</source>
        <translation>Limita la consulta por nombre a quienes nacieron entonces (una edad significa tres años más o menos). Las personas sin fecha de nacimiento en el registro se siguen mostrando, al final.</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="103"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="103"/>
        <source>Required without an incident</source>
        <translation>Obligatorio sin incidente</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="105"/>
        <source>&amp;Look up:</source>
        <translation>&amp;Consultar:</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="106"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="107"/>
        <source>&amp;Born:</source>
        <translation>&amp;Nacimiento:</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="108"/>
        <source>Incident:</source>
        <translation>Incidente:</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="109"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="110"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="138"/>
        <source>State a reason for the check (or open it from an incident).</source>
        <translation>Indique el motivo de la consulta (o ábrala desde un incidente).</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="145"/>
        <source>Born: write a year (1990), a date (12/03/1990) or an age (35 años).</source>
        <translation>Nacimiento: escriba un año (1990), una fecha (12/03/1990) o una edad (35 años).</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="158"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="183"/>
        <source>The check was refused: %1</source>
        <translation>La consulta fue rechazada: %1</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="188"/>
        <source>No records found. The check was recorded in the audit trail.</source>
        <translation>Sin registros. La consulta quedó registrada en la bitácora de auditoría.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/RecordLookupDialog.cpp" line="189"/>
        <source>%n result(s). The check was recorded in the audit trail.</source>
        <translation>
            <numerusform>%n resultado. La consulta quedó registrada en la bitácora de auditoría.</numerusform>
            <numerusform>%n resultados. La consulta quedó registrada en la bitácora de auditoría.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="203"/>
        <source>No flags</source>
        <translation>Sin alertas</translation>
    </message>
    <message>
        <location filename="../../ui/RecordLookupDialog.cpp" line="211"/>
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
    <name>centinela::ui::SectorMapView</name>
    <message>
        <location filename="../../ui/SectorMapView.cpp" line="48"/>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <location filename="../../ui/SectorMapView.cpp" line="50"/>
        <source>%1:00–%2:00</source>
        <translation>%1:00–%2:00</translation>
    </message>
    <message>
        <location filename="../../ui/SectorMapView.cpp" line="53"/>
        <source>Heat map of:</source>
        <translation>Mapa de calor de:</translation>
    </message>
    <message>
        <location filename="../../ui/SectorMapView.cpp" line="151"/>
        <source>median %1, p90 %2</source>
        <translation>mediana %1, p90 %2</translation>
    </message>
    <message>
        <location filename="../../ui/SectorMapView.cpp" line="157"/>
        <source>no figures</source>
        <translation>sin cifras</translation>
    </message>
    <message>
        <location filename="../../ui/SectorMapView.cpp" line="178"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../ui/SectorMapView.cpp" line="180"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/SectorMapView.cpp" line="186"/>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <location filename="../../ui/SectorMapView.cpp" line="189"/>
        <source>Incidents of the period</source>
        <translation>Incidentes del periodo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/SectorMapView.cpp" line="193"/>
        <source>The station has no sectors yet; the heat map shows where the period&apos;s %n incident(s) were.</source>
        <translation>
            <numerusform>La estación aún no tiene sectores; el mapa de calor muestra dónde ocurrió el incidente del periodo.</numerusform>
            <numerusform>La estación aún no tiene sectores; el mapa de calor muestra dónde ocurrieron los %n incidentes del periodo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/SectorMapView.cpp" line="196"/>
        <source>Sectors coloured by the 90th percentile of %1 time, green (best) to red (worst); the heat map shows where the period&apos;s %n incident(s) were.</source>
        <translation>
            <numerusform>Sectores coloreados por el percentil 90 del tiempo de %1, de verde (mejor) a rojo (peor); el mapa de calor muestra dónde ocurrió el incidente del periodo.</numerusform>
            <numerusform>Sectores coloreados por el percentil 90 del tiempo de %1, de verde (mejor) a rojo (peor); el mapa de calor muestra dónde ocurrieron los %n incidentes del periodo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>centinela::ui::StationMap</name>
    <message>
        <location filename="../../ui/StationMap.cpp" line="70"/>
        <source>Loading the map…</source>
        <translation>Cargando el mapa…</translation>
    </message>
    <message>
        <location filename="../../ui/StationMap.cpp" line="114"/>
        <source>The map could not be loaded: %1</source>
        <translation>No se pudo cargar el mapa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/StationMap.cpp" line="234"/>
        <source>Protected zones (open alerts)</source>
        <translation>Zonas protegidas (alertas abiertas)</translation>
    </message>
    <message>
        <location filename="../../ui/StationMap.cpp" line="238"/>
        <source>Offender tracks (last hour)</source>
        <translation>Recorridos del agresor (última hora)</translation>
    </message>
    <message>
        <location filename="../../ui/StationMap.cpp" line="295"/>
        <source>Hot spots (30 days)</source>
        <translation>Puntos calientes (30 días)</translation>
    </message>
    <message>
        <location filename="../../ui/StationMap.cpp" line="300"/>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
</context>
<context>
    <name>centinela::ui::UnitBoardModel</name>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="150"/>
        <source>EMERGENCY · %1</source>
        <translation>EMERGENCIA · %1</translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="152"/>
        <source>%1 · welfare check due</source>
        <translation>%1 · control de bienestar pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="159"/>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="159"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="177"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="179"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="181"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="183"/>
        <source>In status</source>
        <translation>En estado</translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="185"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../../ui/UnitBoardModel.cpp" line="187"/>
        <source>Last fix</source>
        <translation>Última posición</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/desk/main.cpp" line="56"/>
        <source>Centinela</source>
        <translation>Centinela</translation>
    </message>
    <message>
        <location filename="../../app/desk/main.cpp" line="142"/>
        <source>The embedded database could not start: %1</source>
        <translation>No se pudo iniciar la base de datos integrada: %1</translation>
    </message>
    <message>
        <location filename="../../app/desk/main.cpp" line="170"/>
        <source>Another Centinela desk is already open for this database on this computer.</source>
        <translation>Ya hay una consola de Centinela abierta para esta base de datos en este equipo.</translation>
    </message>
</context>
</TS>
