// The browser side of the services widgets (they read the services kit's views).
import '../process-explorer/process-explorer-element';
import '../port-map/port-map-element';
import '../dcui/dcui-element';
