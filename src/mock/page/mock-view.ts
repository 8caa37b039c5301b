/**
 * A timed mock interview on an exercise page: a visible clock (not announced each second), a few polite
 * announcements, no hints, grading or model answer while it runs, an optional curveball revealed part-way, and a
 * record of the mock (graded, or abandoned) that the /mock/ page lists and reviews.
 *
 * Only the start and the length are stored, so the deadline holds whatever happens to the page: a reload resumes
 * the clock, a second tab shows the same mock, and a mock whose time ran out while no page was open is ended and
 * graded, with the draft as it was left, on the next visit.
 */
import type { AnswerFormat, Curveball } from '../../../graders/index.ts';
import { findAnnouncement, formatClock } from '../mock-clock.ts';
import { reviewHref, START_MOCK_HASH } from '../mock-links.ts';
import { endMock, findMockRecord, saveMockRecord, type MockOutcome, type MockResult } from '../mock-history.ts';
import {
  deadlineOf,
  isCurveballDue,
  parseMockSession,
  secondsLeft,
  startSession,
  type MockSession,
} from '../mock-session.ts';
import { readJson, removeEntry, writeJson, type KeyValueStorage } from '../../storage/safe-storage.ts';
import { mockKey } from '../../storage/storage-keys.ts';
import type { CurveballState } from './curveball-view.ts';
import { requireElement } from '../../exercise-pages/page/find-element.ts';

/** What the mock needs from the page. */
export interface MockHost {
  section: HTMLElement;
  storage: KeyValueStorage;
  exerciseId: string;
  minutes: number;
  /** Controls that would give the answer away while the clock runs. */
  lockedWhileRunning: HTMLButtonElement[];
  /**
   * Told where the curveball stands whenever the page shows it (repeats included): hidden while the mock runs before
   * its reveal, revealed after, or no mock running. The page keeps the curveball's fields out of sight while hidden.
   */
  onCurveballState: (state: CurveballState) => void;
  /** The answer in the editor now. */
  currentAnswer: () => { format: AnswerFormat; text: string };
  /** Grades the current answer as the mock's attempt and shows the report; `undefined` when it could not be graded. */
  gradeMock: () => Promise<MockResult | undefined>;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  return requireElement<T>(root, selector, 'mock interview');
}

const ENDINGS: Record<MockOutcome, string> = {
  'time-up': 'Time ran out',
  finished: 'You finished',
  abandoned: 'You abandoned the mock',
};

/** Wires the mock section; resumes a running mock, or ends one whose time ran out while the page was closed. */
export function setUpMock(host: MockHost): void {
  const { section, storage } = host;
  const key = mockKey(host.exerciseId);
  const start = required<HTMLButtonElement>(section, '[data-mock-start]');
  const running = required<HTMLElement>(section, '[data-mock-running]');
  const clock = required<HTMLElement>(section, '[data-mock-clock]');
  const floatClock = required<HTMLElement>(section, '[data-mock-clock-float]');
  const floatTime = required<HTMLElement>(section, '[data-mock-clock-float-time]');
  // The floating clock shows while the mock runs and its own clock is scrolled out of sight: quiet, never announced.
  let clockInView = true;
  const showFloat = (): void => {
    floatClock.hidden = clockInView || section.dataset['mockState'] !== 'running';
  };
  if ('IntersectionObserver' in window)
    new IntersectionObserver((entries) => {
      clockInView = entries.some((entry) => entry.isIntersecting);
      showFloat();
    }).observe(clock);
  const finish = required<HTMLButtonElement>(section, '[data-mock-finish]');
  const abandon = required<HTMLButtonElement>(section, '[data-mock-abandon]');
  const confirm = required<HTMLElement>(section, '[data-mock-abandon-confirm]');
  const firstDraft = section.querySelector<HTMLButtonElement>('[data-mock-first-draft]');
  const curveballNotice = section.querySelector<HTMLElement>('[data-mock-curveball-notice]');
  const ended = required<HTMLElement>(section, '[data-mock-ended]');
  const endedText = required<HTMLElement>(section, '[data-mock-ended-text]');
  const reviewLink = required<HTMLAnchorElement>(section, '[data-mock-review-link]');
  const announcer = required<HTMLElement>(section, '[data-mock-announcer]');
  const curveballData = section.dataset['mockCurveball'];
  const curveball = curveballData ? (JSON.parse(curveballData) as Curveball) : undefined;
  const curveballTitle = section.querySelector<HTMLElement>('[data-mock-curveball-title]');
  if (curveballTitle) curveballTitle.textContent = curveball?.title ?? '';

  let timer: ReturnType<typeof setInterval> | undefined;
  let current: MockSession | undefined;
  let shown = 0;
  // Each locked control's own state before the mock, so ending it restores rather than enables.
  const before = new Map<HTMLButtonElement, boolean>();

  const announce = (message: string): void => {
    announcer.textContent = message;
  };
  const readSession = (): MockSession | undefined => parseMockSession(readJson(storage, key), Date.now());

  /** The curveball's text in the task: hidden while a mock runs and has not revealed it yet. */
  const showCurveballState = (session: MockSession | undefined): void => {
    const hidden = curveball !== undefined && session !== undefined && session.curveball === undefined;
    if (hidden) document.documentElement.dataset['curveballHidden'] = 'true';
    else delete document.documentElement.dataset['curveballHidden'];
    host.onCurveballState(hidden ? 'hidden' : session === undefined ? 'no-mock' : 'revealed');
    if (curveballNotice) curveballNotice.hidden = session?.curveball === undefined;
  };

  const stopRunning = (): void => {
    clearInterval(timer);
    timer = undefined;
    current = undefined;
    section.dataset['mockState'] = 'ended';
    running.hidden = true;
    floatClock.hidden = true;
    confirm.hidden = true;
    start.hidden = false;
    for (const control of host.lockedWhileRunning) control.disabled = before.get(control) ?? false;
    showCurveballState(undefined);
  };

  const showEnded = (mockId: string, text: string): void => {
    endedText.textContent = text;
    reviewLink.href = reviewHref(host.exerciseId, mockId);
    ended.hidden = false;
  };

  const end = async (session: MockSession, outcome: MockOutcome): Promise<void> => {
    stopRunning();
    const record = endMock(session, host.exerciseId, outcome, host.currentAnswer(), Date.now());
    // The record is written before the session is removed, so a second tab that sees the session gone finds it.
    const saved = saveMockRecord(storage, record).ok;
    removeEntry(storage, key);
    const lost = saved ? '' : ' Browser storage is full, so this mock is not in your list of past mocks.';
    if (outcome === 'abandoned') {
      showEnded(record.id, `Mock abandoned; it is recorded as such.${lost}`);
      announce('Mock abandoned. Your draft stays in the editor.');
      return;
    }
    showEnded(record.id, `${ENDINGS[outcome]}: your answer is graded; the report is below.${lost}`);
    section.dataset['mockGrading'] = 'true';
    const result = await host.gradeMock();
    delete section.dataset['mockGrading'];
    const ending = outcome === 'time-up' ? 'Time is up' : 'Mock finished';
    if (!result) {
      // Not graded (the grader could not load offline, say): the mock stays in the list, without a score.
      showEnded(record.id, `${ENDINGS[outcome]}: your answer could not be graded; the notice below says why.${lost}`);
      announce(`${ending}: your answer could not be graded; the notice below says why.`);
      return;
    }
    saveMockRecord(storage, { ...record, result });
    announce(`${ending}: your answer is graded; the report is below.`);
  };

  const revealCurveball = (session: MockSession): MockSession => {
    const answer = host.currentAnswer();
    const revealed: MockSession = { ...session, curveball: { at: Date.now(), ...answer } };
    writeJson(storage, key, revealed);
    current = revealed;
    showCurveballState(revealed);
    if (firstDraft) firstDraft.hidden = true;
    announce(`The requirements changed: ${curveball?.title ?? ''} The change is now in the task.`);
    return revealed;
  };

  const tick = (): void => {
    if (!current) return;
    // Another tab may have ended the mock, or revealed the curveball: storage is the one truth.
    const stored = readSession();
    if (stored?.id !== current.id) {
      const record = findMockRecord(storage, current.id);
      stopRunning();
      if (record) showEnded(record.id, `${ENDINGS[record.outcome]} in another tab.`);
      announce('This mock ended in another tab.');
      return;
    }
    let session = stored;
    if (session.curveball !== undefined && current.curveball === undefined) showCurveballState(session);
    current = session;
    const reveal = curveball?.reveal;
    if (reveal !== undefined && reveal !== 'first-draft' && isCurveballDue(session, reveal.afterMinutes, Date.now()))
      session = revealCurveball(session);
    const left = secondsLeft(session, Date.now());
    const message = findAnnouncement(shown, left);
    shown = left;
    clock.textContent = formatClock(left);
    floatTime.textContent = clock.textContent;
    showFloat();
    if (message) announce(message);
    if (left === 0) void end(session, 'time-up');
  };

  const run = (session: MockSession, resumed: boolean): void => {
    current = session;
    section.dataset['mockState'] = 'running';
    section.dataset['mockId'] = session.id;
    start.hidden = true;
    running.hidden = false;
    ended.hidden = true;
    if (firstDraft) firstDraft.hidden = session.curveball !== undefined;
    for (const control of host.lockedWhileRunning) {
      if (!before.has(control)) before.set(control, control.disabled);
      control.disabled = true;
    }
    showCurveballState(session);
    shown = secondsLeft(session, Date.now()) + 1;
    announce(
      resumed
        ? `Your timed mock continues: ${formatClock(shown - 1)} left.`
        : `Timed mock started: ${session.minutes} minutes. Hints, grading and the model answer are off until it ends.`,
    );
    tick();
    if (section.dataset['mockState'] === 'running') {
      clearInterval(timer);
      timer = setInterval(tick, 1000);
    }
  };

  const startNew = (): void => {
    const session = startSession(Date.now(), host.minutes);
    if (!writeJson(storage, key, session).ok) {
      announce('The clock cannot be saved in this browser, so a reload would stop the mock.');
    }
    run(session, false);
  };

  start.addEventListener('click', startNew);
  finish.addEventListener('click', () => {
    if (current) void end(current, 'finished');
  });
  firstDraft?.addEventListener('click', () => {
    if (current && current.curveball === undefined) revealCurveball(current);
  });
  abandon.addEventListener('click', () => {
    confirm.hidden = false;
    required<HTMLButtonElement>(confirm, '[data-mock-abandon-no]').focus();
  });
  required<HTMLButtonElement>(confirm, '[data-mock-abandon-no]').addEventListener('click', () => {
    confirm.hidden = true;
    abandon.focus();
  });
  required<HTMLButtonElement>(confirm, '[data-mock-abandon-yes]').addEventListener('click', () => {
    if (current) void end(current, 'abandoned');
    start.focus();
  });

  // A mock started, ended or changed in another tab shows here at once (the tick would catch it within a second).
  window.addEventListener('storage', (event) => {
    if (event.key !== key) return;
    const stored = readSession();
    if (stored && stored.id !== current?.id) run(stored, true);
    else tick();
  });

  const stored = readSession();
  if (stored && Date.now() >= deadlineOf(stored)) {
    // Time ran out while no page was open: the draft as it was left is the answer handed in.
    void end(stored, 'time-up');
  } else if (stored) {
    run(stored, true);
  } else if (window.location.hash === START_MOCK_HASH) {
    // Arrived from "Start" on the /mock/ page. The fragment is dropped so a reload resumes rather than restarts.
    history.replaceState(null, '', window.location.pathname + window.location.search);
    section.scrollIntoView({ block: 'start' });
    startNew();
    start.blur();
  }
}
