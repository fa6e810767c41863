import { networkShape } from '../network/shape';
import { servicesShape } from '../services/shape';
import type { KitShape } from '../sim/kit';
import { storageShape } from '../storage/shape';
import { vcenterShape } from '../vcenter/shape';

/** Every optional kit's shape: what each host and lab have of it before its code loads. */
export const KIT_SHAPES: readonly KitShape[] = [servicesShape, networkShape, storageShape, vcenterShape];
