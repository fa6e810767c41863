import { describe, expect, it } from 'vitest';
import { browseHistory, type HistoryCursor } from './history';

const fresh: HistoryCursor = { position: null, draft: '' };

describe('terminal history browsing', () => {
  it('walks back from the newest line and forward again to the draft', () => {
    const history = ['ls', 'pwd', 'vdf -h'];
    let state = browseHistory(history, fresh, 'older', 'cat');
    expect(state.text).toBe('vdf -h');
    state = browseHistory(history, state.cursor, 'older', state.text);
    expect(state.text).toBe('pwd');
    state = browseHistory(history, state.cursor, 'newer', state.text);
    expect(state.text).toBe('vdf -h');
    state = browseHistory(history, state.cursor, 'newer', state.text);
    expect(state.text).toBe('cat');
    expect(state.cursor.position).toBeNull();
  });

  it('stops at the oldest entry and leaves an empty history alone', () => {
    let state = browseHistory(['only'], fresh, 'older', '');
    state = browseHistory(['only'], state.cursor, 'older', state.text);
    expect(state.text).toBe('only');
    expect(browseHistory([], fresh, 'older', 'typed').text).toBe('typed');
  });
});
