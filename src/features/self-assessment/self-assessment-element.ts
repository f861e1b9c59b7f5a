// <self-assessment>: keeps the worksheet's answers on this device, checks them, compares them with London, and writes
// the assessment file, a share link and a GitHub proposal. Everything runs here; nothing is sent anywhere.
import {
  ANSWER_LABEL,
  ANSWERS,
  assessmentFile,
  decodeShare,
  emptyAnswers,
  encodeShare,
  evidenceCount,
  evidenceProblem,
  isShareFragment,
  nameProblem,
  parseAssessmentFile,
  proposeUrl,
  resultSentence,
  savePath,
  unanswered,
  type Answer,
  type Answers,
  type BoroughRef,
  type SaStrand,
} from './answers.ts';
import { slugify } from '../../domain/slug.ts';
import { decodeInvite, encodeResponse, isInviteFragment, ROLE_LABEL, type Group, type Role } from './together-answers.ts';

type Step = 'questions' | 'check' | 'result';
const $ = <T extends Element = HTMLElement>(root: ParentNode, selector: string) => root.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(root: ParentNode, selector: string) => [...root.querySelectorAll<T>(selector)];
const el = (tag: string, text = '', attrs: Record<string, string> = {}) => {
  const e = document.createElement(tag);
  e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};

class SelfAssessment extends HTMLElement {
  answers: Answers = emptyAnswers();
  previous: Answers | undefined;
  strands: SaStrand[] = [];
  form!: HTMLFormElement;
  key = '';
  /** Set when a partner opened a lead's invitation: the answers go back to the lead, not to GitHub. */
  invite: (Group & { nonce?: string | undefined }) | undefined;

  connectedCallback(): void {
    const d = this.dataset;
    this.key = `partnership-atlas:self-assessment:${d.round}`;
    this.form = $(this, 'form');
    this.strands = $$(this, '[data-strand]').map((s) => ({
      id: s.dataset.strand!,
      title: s.dataset.title!,
      dimensions: $$(s, 'fieldset[data-id]').map((f) => ({
        id: f.dataset.id!,
        number: Number(f.dataset.number),
        title: f.dataset.title!,
        descriptors: { low: this.desc(f, 'low'), medium: this.desc(f, 'medium'), high: this.desc(f, 'high') },
      })),
    }));
    for (const e of $$(this, '.sa-js')) e.hidden = false;
    this.setAttribute('data-ready', '');
    this.restore();
    this.fromHash();
    addEventListener('hashchange', () => this.fromHash());
    this.form.addEventListener('input', () => this.read());
    this.form.addEventListener('change', () => this.read());
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.check();
    });
    this.addEventListener('click', (e) => this.onClick(e));
    $<HTMLInputElement>(this, '#sa-file').addEventListener('change', (e) => this.load(e.target as HTMLInputElement));
    this.nameInput?.addEventListener('input', () => this.save());
    for (const id of ['#sa-role', '#sa-who']) $(this, id).addEventListener('change', () => this.save());
    this.respondent();
    this.fill();
  }

  /** Respondent mode: the role question shows, and the result sends the answers back instead of publishing them. */
  respondent(): void {
    const box = $(this, '.sa-respond');
    box.hidden = !this.invite;
    if (this.invite) $(box, '.sa-respond-borough').textContent = this.invite.borough.name;
  }

  desc(f: HTMLElement, level: string): string {
    return $(f, `.sa-desc[data-level="${level}"]`).textContent!;
  }

  get nameInput() {
    return this.querySelector<HTMLInputElement>('#sa-name');
  }

  get dims() {
    return this.strands.flatMap((s) => s.dimensions);
  }

  restore(): void {
    try {
      const saved = JSON.parse(localStorage.getItem(this.key) ?? 'null');
      if (!saved) return;
      if (saved.grid !== this.dataset.version) return this.status('Answers kept on this device were made against another version of the grid, so they have not been loaded.');
      // Only what still fits the questions is taken back, in case the stored copy was damaged.
      for (const d of this.dims) {
        const level = saved.answers?.levels?.[d.id];
        const evidence = saved.answers?.evidence?.[d.id];
        if (ANSWERS.includes(level)) this.answers.levels[d.id] = level;
        if (typeof evidence === 'string') this.answers.evidence[d.id] = evidence;
      }
      if (this.nameInput) this.nameInput.value = saved.name ?? '';
      this.invite = saved.invite;
      $<HTMLSelectElement>(this, '#sa-role').value = saved.role ?? '';
      $<HTMLInputElement>(this, '#sa-who').value = saved.who ?? '';
    } catch {
      this.status('This browser is not letting the page keep answers on this device: they will be lost when you leave. Download the file to keep them.');
    }
  }

  save(): void {
    try {
      localStorage.setItem(this.key, JSON.stringify({ grid: this.dataset.version, answers: this.answers, name: this.nameInput?.value, invite: this.invite, role: $<HTMLSelectElement>(this, '#sa-role').value, who: $<HTMLInputElement>(this, '#sa-who').value }));
    } catch {
      /* said once, in restore */
    }
  }

  /** A share link in the address: loaded if it is good, refused with the reason if not, and the answers held here kept. */
  fromHash(): void {
    if (isInviteFragment(location.hash)) {
      const invite = decodeInvite(location.hash, this.dataset.version!);
      history.replaceState(null, '', location.pathname + location.search);
      if (!invite.ok) return this.errors([[invite.error]], 'This invitation could not be used');
      const same = this.invite?.round === invite.value.round && this.invite.borough.slug === invite.value.borough.slug;
      this.invite = { ...invite.value, nonce: same ? this.invite!.nonce : Math.random().toString(36).slice(2, 10) };
      this.save();
      this.respondent();
      return this.status(`You are answering for ${invite.value.borough.name}’s partnership. Your answers are kept on this device until you send them back.`);
    }
    if (!isShareFragment(location.hash)) return;
    const result = decodeShare(location.hash, this.dataset.version!, this.strands);
    history.replaceState(null, '', location.pathname + location.search);
    if (!result.ok) return this.errors(result.errors.map((m) => [m]), 'This link could not be used');
    const had = Object.keys(this.answers.levels).length > 0;
    this.replace(result.value, 'Showing the answers from the link you opened. They are now kept on this device.', had);
  }

  replace(answers: Answers, message: string, undoable: boolean): void {
    this.previous = undoable ? this.answers : undefined;
    this.answers = answers;
    this.fill();
    this.save();
    this.errors([]);
    this.status(message, undoable);
    this.show('questions');
  }

  async load(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    const result = parseAssessmentFile(await file.text(), this.strands);
    input.value = '';
    if (!result.ok) return this.errors(result.errors.map((m) => [m, 'sa-file']), `“${file.name}” could not be loaded`);
    if (result.value.name && this.nameInput) this.nameInput.value = result.value.name;
    const existing = this.querySelector<HTMLSelectElement>('#sa-existing');
    if (existing && result.value.slug && [...existing.options].some((o) => o.value === result.value.slug)) existing.value = result.value.slug;
    this.replace(result.value.answers, [`Loaded the answers from “${file.name}”.`, ...result.notes].join(' '), true);
  }

  /** Form → answers, saved at once, so nothing typed is lost. */
  read(): void {
    const data = new FormData(this.form);
    for (const d of this.dims) {
      const level = data.get(d.id);
      if (level) this.answers.levels[d.id] = level as Answer;
      const evidence = String(data.get(`evidence-${d.id}`) ?? '');
      if (evidence.trim()) this.answers.evidence[d.id] = evidence;
      else delete this.answers.evidence[d.id];
      this.count(d.id);
      if (level && !evidenceProblem(d.title, evidence)) this.mark(d.id, '');
    }
    this.save();
    this.progress();
  }

  /** Answers → form. */
  fill(): void {
    for (const d of this.dims) {
      for (const r of $$<HTMLInputElement>(this.form, `input[name="${d.id}"]`)) r.checked = r.value === this.answers.levels[d.id];
      $<HTMLTextAreaElement>(this.form, `#q-${d.id}-evidence`).value = this.answers.evidence[d.id] ?? '';
      this.mark(d.id, '');
      this.count(d.id);
    }
    this.progress();
  }

  progress(): void {
    const done = this.dims.filter((d) => this.answers.levels[d.id]).length;
    $(this, '.sa-progress-count').textContent = `${done} of ${this.dims.length} questions answered`;
    for (const d of this.dims) {
      const tag = $(this, `[data-status="${d.id}"]`);
      const level = this.answers.levels[d.id];
      tag.textContent = level ? `Completed: ${ANSWER_LABEL[level]}` : 'Not yet answered';
      tag.toggleAttribute('data-done', !!level);
    }
  }

  /** The evidence's character count under its box; over the limit it reads as an error. */
  count(id: string): void {
    const text = this.answers.evidence[id] ?? '';
    const p = $(this, `[data-count="${id}"] span`);
    p.textContent = evidenceCount(text);
    p.parentElement!.classList.toggle('sa-error-message', !!evidenceProblem('', text));
  }

  mark(id: string, message: string): void {
    const p = $(this, `#q-${id}-error`);
    p.textContent = message ? `Error: ${message}` : '';
    p.hidden = !message;
    $(this, `#q-${id}`).classList.toggle('sa-invalid', !!message);
  }

  status(message: string, undo = false): void {
    const box = $(this, '.sa-status');
    $(box, 'p').textContent = message;
    $(box, '[data-action="undo"]').hidden = !undo;
    box.hidden = !message;
    $(this, '.sa-live').textContent = message; // always in the page, so screen readers announce what changed
  }

  /** GOV.UK error summary: each problem a link to where it is fixed; [] clears it. */
  errors(problems: [string, string?][], title = 'There is a problem'): void {
    const summary = $(this, '.sa-error-summary');
    const list = $(summary, 'ul');
    list.replaceChildren(...problems.map(([text, target]) => {
      const li = el('li');
      li.append(target ? el('a', text, { href: `#${target}`, 'data-focus': target }) : text);
      return li;
    }));
    $(summary, 'h2').textContent = title;
    summary.hidden = problems.length === 0;
    if (problems.length) {
      summary.scrollIntoView();
      summary.focus();
    }
  }

  show(step: Step): void {
    for (const s of $$(this, '[data-step]')) s.hidden = s.dataset.step !== step;
    if (step !== 'questions') {
      const section = $(this, `[data-step="${step}"]`);
      section.scrollIntoView();
      section.focus();
    }
  }

  check(): void {
    this.read();
    const missing = unanswered(this.strands, this.answers);
    for (const d of missing) this.mark(d.id, `Select an answer for ${d.title}, or “Not covered / don’t know”`);
    const long = this.dims.flatMap((d) => {
      const problem = evidenceProblem(d.title, this.answers.evidence[d.id]);
      if (problem) this.mark(d.id, problem);
      return problem ? [[problem, `q-${d.id}-evidence`] as [string, string]] : [];
    });
    const role = $<HTMLSelectElement>(this, '#sa-role').value;
    const roleError = $(this, '#sa-role-error');
    roleError.hidden = !this.invite || !!role;
    roleError.textContent = roleError.hidden ? '' : 'Error: Choose your organisation’s role';
    const problems: [string, string][] = [...(roleError.hidden ? [] : [['Choose your organisation’s role', 'sa-role'] as [string, string]]), ...missing.map((d) => [`Select an answer for ${d.number}. ${d.title} (${this.strandOf(d.id)})`, `q-${d.id}-low`] as [string, string]), ...long];
    if (problems.length) return this.errors(problems);
    this.errors([]);
    this.status('');
    $(this, '.sa-summary').replaceChildren(...this.strands.flatMap((s) => {
      const list = el('dl', '', { class: 'sa-summary-list' });
      list.append(...s.dimensions.map((d) => {
        const row = el('div');
        const level = this.answers.levels[d.id]!;
        const value = el('dd', level === 'not-mentioned' ? ANSWER_LABEL[level] : `${ANSWER_LABEL[level]}: ${d.descriptors[level]}`);
        const evidence = this.answers.evidence[d.id];
        if (evidence) value.append(el('br'), `Evidence: ${evidence}`);
        const change = el('a', 'Change', { href: `#q-${d.id}-${level}`, 'data-focus': `q-${d.id}-${level}` });
        change.append(el('span', ` ${d.title}`, { class: 'visually-hidden' }));
        const actions = el('dd');
        actions.append(change);
        row.append(el('dt', `${d.number}. ${d.title}`), value, actions);
        return row;
      }));
      return [el('h3', s.title), list];
    }));
    this.show('check');
  }

  strandOf(id: string): string {
    return this.strands.find((s) => s.dimensions.some((d) => d.id === id))!.title;
  }

  result(): void {
    const total = this.dataset.total;
    $(this, '.sa-lead').textContent = resultSentence(this.answers.levels, this.dims.length, JSON.parse(this.dataset.reference!));
    for (const s of this.strands) {
      const row = $(this, `[data-strand-table="${s.id}"]`);
      const count = (l: Answer) => s.dimensions.filter((d) => this.answers.levels[d.id] === l).length;
      const cells: Record<string, string> = {
        high: String(count('high')),
        medium: String(count('medium')),
        low: String(count('low')),
        'not-mentioned': String(count('not-mentioned')),
        breadth: `${count('low') + count('medium') + count('high')} of ${s.dimensions.length}`,
        depth: `${count('low') + 2 * count('medium') + 3 * count('high')} of ${s.dimensions.length * 3}`,
      };
      for (const td of $$(row, '[data-cell]')) td.textContent = cells[td.dataset.cell!]!;
    }
    const order: Answer[] = ['low', 'medium', 'high', 'not-mentioned'];
    for (const li of $$(this, '[data-compare]')) {
      const level = this.answers.levels[li.dataset.compare!]!;
      const n = li.dataset.counts!.split(',')[order.indexOf(level)];
      const word = level === 'not-mentioned' ? 'not mentioned' : ANSWER_LABEL[level];
      $(li, '.sa-you').textContent = `You: ${ANSWER_LABEL[level]}. London: ${n} of ${total} boroughs ${word}.`;
      for (const g of $$(li, '.sa-seg')) g.classList.toggle('is-you', g.dataset.level === level);
    }
    $<HTMLInputElement>(this, '#sa-link').value = `${location.origin}${location.pathname}#${encodeShare(this.dataset.version!, this.strands, this.answers)}`;
    $(this, '.sa-own').hidden = !!this.invite;
    $(this, '.sa-send').hidden = !this.invite;
    if (this.invite) {
      const role = $<HTMLSelectElement>(this, '#sa-role').value as Role;
      const fragment = encodeResponse(this.dataset.version!, this.strands, { round: this.invite.round, borough: this.invite.borough.slug, role, who: $<HTMLInputElement>(this, '#sa-who').value, answers: this.answers, nonce: this.invite.nonce });
      $<HTMLInputElement>(this, '#sa-reply-link').value = `${location.origin}${this.dataset.together}#${fragment}`;
      $(this, '.sa-send-link').hidden = this.invite.reply === 'file';
      $(this, '.sa-send-how').textContent = `Send ${this.invite.reply === 'file' ? 'the file' : 'the link'} to the person who invited you. It carries your answers and your role (${ROLE_LABEL[role]}) for ${this.invite.borough.name}, and nothing else unless you gave your name.`;
    }
    this.show('result');
  }

  /** The borough the file is for, or null with the problem shown beside the name field and in the summary. */
  borough(): { name: string; slug: string; isNew: boolean } | null {
    const existing = this.querySelector<HTMLSelectElement>('#sa-existing');
    const boroughs: BoroughRef[] = JSON.parse(this.dataset.boroughs!);
    const chosen = boroughs.find((b) => b.slug === existing?.value && !b.anonymised);
    const name = this.nameInput!.value.trim();
    const problem = chosen ? null : nameProblem(name, boroughs);
    const error = $(this, '#sa-name-error');
    error.textContent = problem ? `Error: ${problem}` : '';
    error.hidden = !problem;
    this.errors(problem ? [[problem, 'sa-name']] : []);
    this.save();
    return chosen ? { name: chosen.name, slug: chosen.slug, isNew: false } : problem ? null : { name, slug: slugify(name), isNew: true };
  }

  file(borough: { name: string; slug: string; isNew: boolean }, descriptors: boolean): string {
    const d = this.dataset;
    return assessmentFile({ round: d.round!, roundTitle: d.roundTitle!, borough, date: new Date().toISOString().slice(0, 10), descriptors }, this.strands, this.answers);
  }

  download(borough: { name: string; slug: string; isNew: boolean }): void {
    const a = el('a', '', { href: URL.createObjectURL(new Blob([this.file(borough, true)], { type: 'text/yaml' })), download: `${borough.slug}.yaml` }) as HTMLAnchorElement;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  onClick(e: MouseEvent): void {
    const target = e.target as HTMLElement;
    const focus = target.closest<HTMLElement>('[data-focus], [data-goto]');
    if (focus) {
      e.preventDefault();
      const input = document.getElementById(focus.dataset.focus ?? `q-${focus.dataset.goto}-low`)!;
      const step = input.closest<HTMLElement>('[data-step]')!;
      if (step.hidden) this.show(step.dataset.step as Step);
      (input.closest('fieldset') ?? input).scrollIntoView();
      input.focus({ preventScroll: true });
      return;
    }
    const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'result') this.result();
    if (action === 'amend') this.show('questions');
    if (action === 'copy-reply') {
      const link = $<HTMLInputElement>(this, '#sa-reply-link');
      link.select();
      navigator.clipboard?.writeText(link.value).then(() => (target.textContent = 'Link copied'), () => undefined);
    }
    if (action === 'reply-file') {
      const link = $<HTMLInputElement>(this, '#sa-reply-link').value;
      const a = el('a', '', { href: URL.createObjectURL(new Blob([link + '\n'], { type: 'text/plain' })), download: `answers-${this.invite!.borough.slug}-${$<HTMLSelectElement>(this, '#sa-role').value}.txt` }) as HTMLAnchorElement;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    }
    if (action === 'copy') {
      const link = $<HTMLInputElement>(this, '#sa-link');
      link.select(); // where the clipboard is not offered (an insecure page), the link is selected to copy by hand
      navigator.clipboard?.writeText(link.value).then(() => (target.textContent = 'Link copied'), () => undefined);
    }
    if (action === 'undo' && this.previous) this.replace(this.previous, 'Your earlier answers are back.', false);
    if (action === 'clear' && confirm('Clear all your answers from this device? This cannot be undone.')) this.replace(emptyAnswers(), 'All answers cleared from this device.', false);
    if (action === 'download' || action === 'propose') {
      const borough = this.borough();
      if (!borough) return;
      const path = savePath(this.dataset.round!, borough.slug);
      const url = action === 'propose' ? proposeUrl(this.dataset.repository!, this.dataset.branch!, path, this.file(borough, false)) : null;
      const upload = $(this, '.sa-upload');
      upload.hidden = action === 'download' || !!url;
      if (url) return void open(url, '_blank', 'noopener');
      this.download(borough);
      const folder = path.replace(/\/[^/]+$/, '');
      $(upload, '.sa-upload-folder').textContent = folder;
      $<HTMLAnchorElement>(upload, '.sa-upload-link').href = `${this.dataset.repository}/upload/${this.dataset.branch}/${folder}`;
    }
  }
}
customElements.define('self-assessment', SelfAssessment);
