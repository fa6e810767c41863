import { MAX_LINK_LENGTH } from '../../widgets/shared/share-strings';
import { getLab, labHistory } from '../labs';
import { LINK_KEY, encodePayload, fingerprint, toJson } from './codec';

export type LabLink = { url: string } | { tooLong: number; fresh: string };

/**
 * The address of this page that opens a lab as it is now: the page without any fragment, plus
 * `#lab=` and the lab's steps. Past MAX_LINK_LENGTH, the page's own address (the lab fresh).
 */
export async function labLink(page: string, labId: string, preset: string, host: string): Promise<LabLink> {
  const fresh = page.split('#')[0]!;
  const lab = getLab(labId);
  const steps = lab ? labHistory(labId) : [];
  const json = toJson(lab?.preset ?? preset, steps, lab ? fingerprint(lab) : '', host);
  const url = `${fresh}#${LINK_KEY}${await encodePayload(labId, json)}`;
  return url.length <= MAX_LINK_LENGTH ? { url } : { tooLong: url.length, fresh };
}
