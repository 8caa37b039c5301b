/**
 * A timed mock interview on an exercise page: a visible clock (not announced each second), a few polite
 * announcements (start, five minutes left, one minute left, time up), no hints or model answer while it
 * runs, and a grade when time is up or the candidate finishes. The clock survives a reload.
 */
import {
  findAnnouncement,
  formatClock,
  parseMockSession,
  secondsLeft,
  type MockSession,
} from '../../exercise/mock-clock.ts';
import { readJson, removeEntry, writeJson, type KeyValueStorage } from '../../exercise/safe-storage.ts';
import { mockKey } from '../../exercise/storage-keys.ts';

/** What the mock needs from the page. */
export interface MockHost {
  section: HTMLElement;
  storage: KeyValueStorage;
  exerciseId: string;
  minutes: number;
  /** Controls that would give the answer away while the clock runs. */
  lockedWhileRunning: HTMLButtonElement[];
  /** Grades the current answer as the mock's attempt. */
  gradeMock: () => void;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`mock interview: ${selector} is missing`);
  return found;
}

/** Wires the mock section; resumes a mock that was running before a reload. */
export function setUpMock(host: MockHost): void {
  const start = required<HTMLButtonElement>(host.section, '[data-mock-start]');
  const running = required<HTMLElement>(host.section, '[data-mock-running]');
  const clock = required<HTMLElement>(host.section, '[data-mock-clock]');
  const finish = required<HTMLButtonElement>(host.section, '[data-mock-finish]');
  const announcer = required<HTMLElement>(host.section, '[data-mock-announcer]');
  let timer: ReturnType<typeof setInterval> | undefined;
  let shown = 0;
  // Each locked control's own state before the mock, so ending it restores rather than enables.
  const before = new Map<HTMLButtonElement, boolean>();

  const announce = (message: string): void => {
    announcer.textContent = message;
  };

  const end = (reason: 'time-up' | 'finished'): void => {
    clearInterval(timer);
    timer = undefined;
    removeEntry(host.storage, mockKey(host.exerciseId));
    host.section.dataset['mockState'] = 'ended';
    running.hidden = true;
    start.hidden = false;
    for (const control of host.lockedWhileRunning) control.disabled = before.get(control) ?? false;
    host.gradeMock();
    // Grading is synchronous: by now the report is shown (and announced by its own live region).
    announce(`${reason === 'time-up' ? 'Time is up' : 'Mock finished'}: your answer is graded; the report is below.`);
  };

  const tick = (session: MockSession): void => {
    const left = secondsLeft(session, Date.now());
    const message = findAnnouncement(shown, left);
    shown = left;
    clock.textContent = formatClock(left);
    if (message) announce(message);
    if (left === 0) end('time-up');
  };

  const run = (session: MockSession, resumed: boolean): void => {
    host.section.dataset['mockState'] = 'running';
    start.hidden = true;
    running.hidden = false;
    for (const control of host.lockedWhileRunning) {
      before.set(control, control.disabled);
      control.disabled = true;
    }
    shown = secondsLeft(session, Date.now()) + 1;
    announce(
      resumed
        ? `Your timed mock continues: ${formatClock(shown - 1)} left.`
        : `Timed mock started: ${host.minutes} minutes. Hints and the model answer are off until it ends.`,
    );
    tick(session);
    if (host.section.dataset['mockState'] === 'running') timer = setInterval(() => tick(session), 1000);
  };

  start.addEventListener('click', () => {
    const session: MockSession = { startedAt: Date.now(), minutes: host.minutes };
    if (!writeJson(host.storage, mockKey(host.exerciseId), session).ok) {
      announce('The clock cannot be saved in this browser, so a reload would stop the mock.');
    }
    run(session, false);
  });
  finish.addEventListener('click', () => end('finished'));

  const stored = parseMockSession(readJson(host.storage, mockKey(host.exerciseId)));
  if (stored) run(stored, true);
}
