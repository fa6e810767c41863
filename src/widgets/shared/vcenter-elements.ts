/**
 * vCenter's three widgets in one chunk: they share a page (the host profiles chapter) and their
 * code, and every manifest entry with a chunk of its own costs every page bytes at open (its
 * file name and preload list in the loader). One import defines all three elements.
 */
import '../vcenter-inventory/vcenter-inventory-element';
import '../compliance-board/compliance-board-element';
import '../apply-wizard/apply-wizard-element';
