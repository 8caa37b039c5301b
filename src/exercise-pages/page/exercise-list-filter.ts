/**
 * Narrows the exercise list to one lesson and/or one takeaway. The choice lives in the address
 * (`?lesson=…&takeaway=…`), so a filtered list can be linked to and survives a reload; the count of what is shown
 * is announced politely. With a lesson chosen, the takeaway list offers only what that lesson's exercises test; an
 * address that still matches nothing says why. Without scripts the controls stay hidden and every exercise is listed.
 */
export function startExerciseFilter(form: HTMLFormElement): void {
  const lesson = form.querySelector<HTMLSelectElement>('select[name="lesson"]');
  const takeaway = form.querySelector<HTMLSelectElement>('select[name="takeaway"]');
  const count = form.querySelector<HTMLElement>('[data-filter-count]');
  const cards = [...document.querySelectorAll<HTMLElement>('[data-exercise-card]')];
  if (!lesson || !takeaway || !count) return;

  /** Offers only the takeaways some exercise of the chosen lesson tests (all of them without a lesson). */
  const narrowTakeaways = (): void => {
    const offered = new Set(
      cards
        .filter((card) => lesson.value === '' || (card.dataset['lessons'] ?? '').split(' ').includes(lesson.value))
        .flatMap((card) => (card.dataset['takeaways'] ?? '').split(' ')),
    );
    for (const option of takeaway.querySelectorAll('option')) {
      if (option.value === '') continue;
      const keep = offered.has(option.value) || option.value === takeaway.value;
      option.hidden = !keep;
      option.disabled = !keep;
    }
    for (const group of takeaway.querySelectorAll('optgroup'))
      group.hidden = ![...group.querySelectorAll('option')].some((option) => !option.hidden);
  };

  const apply = (): void => {
    narrowTakeaways();
    let shown = 0;
    for (const card of cards) {
      const lessons = (card.dataset['lessons'] ?? '').split(' ');
      const takeaways = (card.dataset['takeaways'] ?? '').split(' ');
      const visible =
        (lesson.value === '' || lessons.includes(lesson.value)) &&
        (takeaway.value === '' || takeaways.includes(takeaway.value));
      card.hidden = !visible;
      if (visible) shown += 1;
    }
    // A chapter whose exercises are all filtered out disappears with its heading.
    for (const section of document.querySelectorAll<HTMLElement>('[data-exercise-group]')) {
      section.hidden = !section.querySelector('[data-exercise-card]:not([hidden])');
    }
    const chosen = (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent?.trim() ?? select.value;
    count.textContent =
      shown === cards.length
        ? `Showing all ${cards.length} exercises.`
        : shown === 0
          ? `Showing 0 of ${cards.length} exercises: no exercise of “${chosen(lesson)}” tests “${chosen(takeaway)}”. ` +
            'Choose another takeaway, or Show all.'
          : `Showing ${shown} of ${cards.length} exercises.`;
    const query = new URLSearchParams();
    if (lesson.value) query.set('lesson', lesson.value);
    if (takeaway.value) query.set('takeaway', takeaway.value);
    const search = query.size > 0 ? `?${query.toString()}` : '';
    history.replaceState(null, '', `${location.pathname}${search}`);
  };

  /** Selects `value` in `select` if it is one of its options; an unknown value from the address is ignored. */
  const choose = (select: HTMLSelectElement, value: string | null): void => {
    if (value !== null && [...select.options].some((option) => option.value === value)) select.value = value;
  };
  const query = new URLSearchParams(location.search);
  choose(lesson, query.get('lesson'));
  choose(takeaway, query.get('takeaway'));
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
