// Tests import modules directly (lab/exec, lab/presets, ...): load every kit first, as Node does.
import '../index';
