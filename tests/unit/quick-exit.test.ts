import { describe, expect, it, vi } from 'vitest';
import { statusMessages, watchShiftPresses } from '../../src/lib/quick-exit';

function setUp() {
  let listener: (event: KeyboardEvent) => void = () => {};
  let clock = 0;
  const handlers = { onProgress: vi.fn(), onReset: vi.fn(), onExit: vi.fn() };
  watchShiftPresses({ addEventListener: (_type, fn) => (listener = fn) }, handlers, () => clock);
  const press = (key: string, extra: Partial<KeyboardEvent> = {}) => listener({ key, repeat: false, ...extra } as KeyboardEvent);
  const wait = (ms: number) => (clock += ms);
  return { handlers, press, wait };
}

describe('watchShiftPresses', () => {
  it('exits on the third Shift press and counts down before it', () => {
    const { handlers, press } = setUp();
    press('Shift');
    press('Shift');
    expect(handlers.onProgress.mock.calls).toEqual([[2], [1]]);
    press('Shift');
    expect(handlers.onExit).toHaveBeenCalledOnce();
  });

  it('starts again when another key is pressed in between', () => {
    const { handlers, press } = setUp();
    press('Shift');
    press('Shift');
    press('a');
    press('Shift');
    expect(handlers.onReset).toHaveBeenCalledWith(false);
    expect(handlers.onExit).not.toHaveBeenCalled();
  });

  it('ignores Shift held down and Shift with another modifier', () => {
    const { handlers, press } = setUp();
    press('Shift', { repeat: true });
    press('Shift', { ctrlKey: true });
    press('Shift');
    press('Shift');
    expect(handlers.onExit).not.toHaveBeenCalled();
  });

  it('starts again when the presses are spread over more than five seconds', () => {
    const { handlers, press, wait } = setUp();
    press('Shift');
    press('Shift');
    wait(5001);
    press('Shift');
    expect(handlers.onReset).toHaveBeenCalledWith(true);
    expect(handlers.onExit).not.toHaveBeenCalled();
    press('Shift');
    press('Shift');
    expect(handlers.onExit).toHaveBeenCalledOnce();
  });
});

describe('statusMessages', () => {
  it("says GOV.UK's words, with the right plural", () => {
    expect(statusMessages.progress(2)).toBe('Shift, press 2 more times to exit.');
    expect(statusMessages.progress(1)).toBe('Shift, press 1 more time to exit.');
    expect(statusMessages.expired).toBe('Exit this page expired.');
    expect(statusMessages.activated).toBe('Exit this page activated.');
  });
});
