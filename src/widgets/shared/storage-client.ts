// The browser side of the storage widgets (they read the storage kit's views).
import '../vaai-lab/vaai-lab-element';
import '../vaai-counters/vaai-counters-element';
