// The browser side of the network widgets (they read the network kit's views).
import '../switch-diagram/switch-diagram-element';
import '../nioc-chart/nioc-chart-element';
import '../lbt-chart/lbt-chart-element';
