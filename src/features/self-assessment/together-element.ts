// <together-assessment>: wires the together page's DOM to the pure modules (src/features/self-assessment/together-answers.ts, action-plan.ts):
// start a group, load answers, show spreads and disagreements, record what the meeting agrees, write the file and plan.
import { ANSWER_LABEL, ANSWERS, assessmentFile, nameProblem, proposeUrl, resultSentence, savePath, type Answer, type BoroughRef, type SaStrand } from './answers.ts';
import { decodeResponse, discussionOrder, encodeInvite, mostCommon, publishableSpread, ROLE_LABEL, ROLES, spreads, spreadWords, MIN_PUBLISHED_RESPONDENTS, type Counts, type Group, type Response, type Spread } from './together-answers.ts';
import { decodeMeeting, encodeMeeting, gaps, isMeetingFragment, nextLevel, planMarkdown, type Action, type Meeting, type Target } from './action-plan.ts';
import { EVIDENCE_MAX_LENGTH } from '../../domain/evidence-limit.ts';
import { slugify } from '../../domain/slug.ts';

interface State {
  group?: Group | undefined;
  responses: Response[];
  /** Kept from a meeting link when the partners' own answers are not on this device. */
  spread?: { respondents: number; spread: Meeting['spread'] } | undefined;
  agreed: Record<string, Answer>;
  evidence: Record<string, string>;
  targets: Record<string, Target | ''>;
  actions: Record<string, Action[]>;
}
interface Reading { page: string; studies: { label: string; href: string }[]; passages: { label: string; href: string }[] }

const $ = <T extends Element = HTMLElement>(root: ParentNode, s: string) => root.querySelector<T>(s)!;
const el = (tag: string, text = '', attrs: Record<string, string> = {}) => {
  const e = document.createElement(tag);
  e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};
const FILL: Record<Answer, string> = { low: '#d9e8f5', medium: '#80b9da', high: '#0f579f', 'not-mentioned': '#ffffff' };
const ORDER: Answer[] = ['low', 'medium', 'high', 'not-mentioned'];
const fresh = (): State => ({ responses: [], agreed: {}, evidence: {}, targets: {}, actions: {} });

class TogetherAssessment extends HTMLElement {
  strands: SaStrand[] = [];
  state: State = fresh();
  key = '';

  get d() {
    return this.dataset as Record<string, string>;
  }

  get dims() {
    return this.strands.flatMap((s) => s.dimensions);
  }

  connectedCallback(): void {
    if (!this.d.round) return;
    this.strands = JSON.parse(this.d.strands!);
    this.key = `partnership-atlas:together:${this.d.round}`;
    $(this, '.tg-js').hidden = false;
    this.setAttribute('data-ready', '');
    try {
      const saved = JSON.parse(localStorage.getItem(this.key) ?? 'null');
      if (saved && saved.version === this.d.version) this.state = { ...fresh(), ...saved.state };
    } catch {
      this.say('This browser is not keeping the group on this device: keep the meeting link to come back to it.');
    }
    this.fromHash();
    addEventListener('hashchange', () => this.fromHash());
    this.addEventListener('click', (e) => this.onClick(e));
    this.addEventListener('change', (e) => this.onChange(e.target as HTMLElement));
    this.addEventListener('input', (e) => this.onInput(e.target as HTMLElement));
    $<HTMLInputElement>(this, '#tg-files').addEventListener('change', (e) => this.files((e.target as HTMLInputElement).files));
    const drop = $(this, '.tg-load');
    drop.addEventListener('dragover', (e) => e.preventDefault());
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      this.files(e.dataTransfer?.files ?? null);
    });
    this.render();
  }

  save(): void {
    try {
      localStorage.setItem(this.key, JSON.stringify({ version: this.d.version, state: this.state }));
    } catch {
      /* said at start */
    }
  }

  say(message: string): void {
    $(this, '.tg-live').textContent = message;
  }

  fromHash(): void {
    const hash = location.hash;
    if (isMeetingFragment(hash)) {
      const m = decodeMeeting(hash, this.d.version!);
      history.replaceState(null, '', location.pathname);
      if (!m.ok) return this.refuse([m.error]);
      const v = m.value;
      this.state = { group: { round: v.round, borough: v.borough, reply: 'link' }, responses: [], spread: v.respondents ? { respondents: v.respondents, spread: v.spread } : undefined, agreed: v.agreed, evidence: v.evidence, targets: v.targets, actions: v.actions };
      this.save();
      this.say('Loaded the meeting’s agreed assessment and plan from the link.');
    } else if (/^#?(.*&)?response=/.test(hash.replace(/^#/, ''))) {
      const text = hash;
      history.replaceState(null, '', location.pathname);
      this.add([['The link you opened', text]]);
    }
  }

  /** Loads each pasted link or file; refuses each bad one by name, and the others still load. */
  add(inputs: [label: string, text: string][]): void {
    const g = this.state.group;
    if (!g) return this.refuse(['Start the group assessment first (step 1): the page needs to know whose answers to expect.']);
    const refused: string[] = [];
    let added = 0;
    let again = 0;
    for (const [label, text] of inputs) {
      const r = decodeResponse(text, label, this.d.version!, this.strands, g);
      if (!r.ok) refused.push(r.error);
      else if (!this.state.responses.some((x) => x.id === r.value.id)) {
        this.state.responses.push(r.value);
        this.state.spread = undefined;
        added++;
      } else again++;
    }
    this.save();
    this.refuse(refused);
    this.say(`${added} ${added === 1 ? 'partner’s answers' : 'partners’ answers'} loaded${refused.length ? `; ${refused.length} refused` : ''}${again ? `; ${again} already loaded` : ''}.`);
    this.render();
  }

  refuse(messages: string[]): void {
    $(this, '.tg-refused').replaceChildren(...messages.map((m) => el('li', m, { class: 'sa-error-message' })));
  }

  async files(list: FileList | null): Promise<void> {
    if (!list?.length) return;
    this.add(await Promise.all([...list].map(async (f) => [`“${f.name}”`, f.size > 200_000 ? '' : await f.text()] as [string, string])));
    $<HTMLInputElement>(this, '#tg-files').value = '';
  }

  /** The spread per dimension: from the loaded answers, or as a meeting link kept it. */
  spreads(): { n: number; list: Spread[] } {
    const s = this.state;
    if (s.responses.length || !s.spread) return { n: s.responses.length, list: spreads(this.strands, s.responses) };
    return { n: s.spread.respondents, list: this.dims.map((d) => ({ id: d.id, counts: { low: 0, medium: 0, high: 0, 'not-mentioned': 0, ...s.spread!.spread[d.id] } as Counts, answered: s.spread!.respondents, byRole: [] })) };
  }

  levels(): Record<string, Answer> {
    const { list } = this.spreads();
    return Object.fromEntries(this.dims.map((d) => [d.id, this.state.agreed[d.id] ?? mostCommon(list.find((s) => s.id === d.id)!.counts) ?? 'not-mentioned']));
  }

  render(): void {
    const g = this.state.group;
    $(this, '.tg-invite').hidden = !g;
    if (g) {
      $(this, '.tg-group-name').textContent = g.borough.name;
      $<HTMLInputElement>(this, '#tg-invite-link').value = `${location.origin}${this.d.worksheet}#${encodeInvite(this.d.version!, g)}`;
    }
    const { n } = this.spreads();
    $(this, '.tg-count').textContent = n ? `${n} ${n === 1 ? 'partner has' : 'partners have'} answered${this.state.responses.length ? `: ${this.roles()}` : ''}.` : 'No answers loaded yet.';
    for (const s of ['.tg-discuss', '.tg-result', '.tg-plan']) $(this, s).hidden = !n;
    if (!n) return;
    this.renderDiscussion();
    this.renderResult();
    this.renderPlan();
  }

  roles(): string {
    return ROLES.map((r) => [r, this.state.responses.filter((x) => x.role === r).length] as const).filter(([, c]) => c).map(([r, c]) => `${c} ${ROLE_LABEL[r].toLowerCase()}`).join(', ');
  }

  renderDiscussion(): void {
    const { list } = this.spreads();
    const order = discussionOrder(this.strands, list, JSON.parse(this.d.reference!).medians);
    const levels = this.levels();
    $(this, '.tg-dims').replaceChildren(...order.map((s) => {
      const d = this.dims.find((x) => x.id === s.id)!;
      const li = el('li', '', { 'data-dim': d.id, 'data-disagree': String(s.disagree), 'data-below': String(s.below) });
      li.append(el('h3', `${d.number}. ${d.title}`));
      li.append(el('p', `${s.answered} answered: ${spreadWords(s.counts)}.`, { class: 'tg-words' }), this.figure(s.counts, s.answered));
      if (s.byRole.length) li.append(el('p', `By role: ${s.byRole.map((r) => `${ROLE_LABEL[r.role]} ${spreadWords(r.counts)}`).join('; ')}.`, { class: 'tg-roles' }));
      li.append(el('p', s.disagree ? `Partners disagree: ${s.reason}.` : s.below ? `Partners broadly agree; the most common answer is below the median of ${JSON.parse(this.d.reference!).label}.` : 'Partners broadly agree.', { class: s.disagree ? 'tg-disagree' : 'tg-agree' }));
      const fs = el('fieldset', '', { class: 'tg-agreed' });
      fs.append(el('legend', `Agreed level for ${d.title}`));
      for (const a of ANSWERS) {
        const id = `tg-${d.id}-${a}`;
        const wrap = el('div', '', { class: 'sa-option' });
        const input = el('input', '', { type: 'radio', name: `agreed-${d.id}`, id, value: a }) as HTMLInputElement;
        input.checked = levels[d.id] === a;
        wrap.append(input, el('label', a === 'not-mentioned' ? 'Not covered' : ANSWER_LABEL[a], { for: id }));
        fs.append(wrap);
      }
      const ev = el('input', '', { type: 'text', id: `tg-${d.id}-evidence`, 'data-evidence': d.id, maxlength: String(EVIDENCE_MAX_LENGTH) }) as HTMLInputElement;
      ev.value = this.state.evidence[d.id] ?? '';
      li.append(fs, el('label', `One line of evidence for ${d.title}`, { for: ev.id }), ev);
      const given = this.state.responses.map((r) => r.answers.evidence[d.id]).filter(Boolean) as string[];
      if (given.length) {
        const det = el('details');
        det.append(el('summary', `Evidence partners gave (${given.length}, unattributed)`));
        const ul = el('ul');
        ul.append(...given.map((t) => el('li', t)));
        det.append(ul);
        li.append(det);
      }
      return li;
    }));
  }

  /** A small stacked bar of the answers, with the counts written on it; the words above say the same. */
  figure(c: Counts, total: number): SVGSVGElement {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('class', 'tg-bar');
    svg.setAttribute('aria-hidden', 'true');
    let x = 0;
    for (const a of ORDER) {
      if (!c[a]) continue;
      const w = (c[a] / total) * 100;
      const rect = document.createElementNS(ns, 'rect');
      Object.entries({ x: `${x}%`, y: '0', width: `${w}%`, height: '24', fill: FILL[a], stroke: '#0b0c0c' }).forEach(([k, v]) => rect.setAttribute(k, v));
      const text = document.createElementNS(ns, 'text');
      Object.entries({ x: `${x + w / 2}%`, y: '17', 'text-anchor': 'middle', fill: a === 'high' ? '#fff' : '#0b0c0c' }).forEach(([k, v]) => text.setAttribute(k, v));
      text.textContent = `${c[a]} ${a === 'not-mentioned' ? '–' : ANSWER_LABEL[a][0]}`;
      svg.append(rect, text);
      x += w;
    }
    return svg;
  }

  reference() {
    return JSON.parse(this.d.reference!);
  }

  renderResult(): void {
    $(this, '.tg-sentence').textContent = resultSentence(this.levels(), this.dims.length, this.reference(), 'The agreed answers');
    const { n } = this.spreads();
    $(this, '.tg-published').textContent = n >= MIN_PUBLISHED_RESPONDENTS
      ? `The file records that ${n} partners answered, and the spread of their answers on each dimension; no partner’s own answers are in it.`
      : `Only ${n} ${n === 1 ? 'partner' : 'partners'} answered, so the file records no spread: from fewer than ${MIN_PUBLISHED_RESPONDENTS}, one partner’s answer could be read off it.`;
    $<HTMLInputElement>(this, '#tg-meeting-link').value = `${location.origin}${location.pathname}#${encodeMeeting(this.d.version!, this.meeting())}`;
  }

  meeting(): Meeting {
    const { n, list } = this.spreads();
    const s = this.state;
    return { round: this.d.round!, borough: s.group!.borough, respondents: n, spread: publishableSpread(n, list)?.spread ?? {}, agreed: this.levels(), evidence: s.evidence, targets: s.targets, actions: s.actions };
  }

  file(descriptors: boolean): string {
    const { n, list } = this.spreads();
    const g = this.state.group!;
    const answers = { levels: this.levels(), evidence: this.state.evidence };
    return assessmentFile({ round: this.d.round!, roundTitle: this.d.roundTitle!, borough: g.borough, date: new Date().toISOString().slice(0, 10), descriptors, responses: publishableSpread(n, list) }, this.strands, answers);
  }

  renderPlan(): void {
    const g = this.state.group!;
    $(this, '.tg-plan-for').textContent = `: ${g.borough.name}, ${this.d.roundTitle}`;
    const levels = this.levels();
    const open = this.dims.filter((d) => levels[d.id] !== 'high');
    const reading: Record<string, Reading> = JSON.parse(this.d.reading!);
    $(this, '.tg-plan-list').replaceChildren(...open.map((d) => {
      const target = d.id in this.state.targets ? this.state.targets[d.id]! : nextLevel(levels[d.id]) ?? '';
      const li = el('li', '', { 'data-plan': d.id, class: target ? 'tg-gap' : 'tg-no-target' });
      li.append(el('h3', `${d.number}. ${d.title}: now ${levels[d.id] === 'not-mentioned' ? 'not covered' : ANSWER_LABEL[levels[d.id]!]}`));
      const sel = el('select', '', { id: `tg-target-${d.id}`, 'data-target': d.id }) as HTMLSelectElement;
      const from = ORDER.indexOf(levels[d.id]!);
      sel.append(el('option', 'No target', { value: '' }), ...(['low', 'medium', 'high'] as const).filter((l) => levels[d.id] === 'not-mentioned' || ORDER.indexOf(l) > from).map((l) => el('option', ANSWER_LABEL[l], { value: l })));
      sel.value = target;
      li.append(el('label', `Target for ${d.title}`, { for: sel.id, class: 'no-print' }), sel);
      if (!target) return li;
      li.append(el('p', `Goal (${ANSWER_LABEL[target]}): ${d.descriptors[target]}`, { class: 'tg-goal' }));
      const r = reading[d.id]!;
      const links = el('ul', '', { class: 'tg-reading' });
      for (const x of [{ label: `The dimension: ${d.title}`, href: r.page }, ...r.studies, ...r.passages]) {
        const item = el('li');
        item.append(el('a', x.label, { href: x.href }));
        links.append(item);
      }
      li.append(el('p', 'To read:', { class: 'tg-reading-h' }), links);
      const actions = this.state.actions[d.id] ?? [];
      const ol = el('ol', '', { class: 'tg-actions' });
      actions.forEach((a, i) => {
        const row = el('li', '', { 'data-action-row': `${d.id}:${i}` });
        const id = `tg-act-${d.id}-${i}`;
        const text = el('input', '', { type: 'text', id, 'data-field': 'text' }) as HTMLInputElement;
        text.value = a.text;
        const owner = el('select', '', { id: `${id}-owner`, 'data-field': 'owner' }) as HTMLSelectElement;
        owner.append(el('option', 'Choose a role', { value: '' }), ...ROLES.map((x) => el('option', ROLE_LABEL[x], { value: x })));
        owner.value = a.owner;
        const due = el('input', '', { type: 'date', id: `${id}-due`, 'data-field': 'due' }) as HTMLInputElement;
        due.value = a.due;
        row.append(el('label', `Action ${i + 1} for ${d.title}`, { for: id }), text, el('label', `Owner (a role)`, { for: owner.id }), owner, el('label', 'To be done by', { for: due.id }), due);
        row.append(el('span', `${a.text}${a.owner ? ` (owner: ${ROLE_LABEL[a.owner]})` : ''}${a.due ? ` by ${a.due}` : ''}`, { class: 'tg-print-only' }));
        ol.append(row);
      });
      li.append(ol, el('button', `Add an action for ${d.title}`, { type: 'button', class: 'sa-button-secondary no-print', 'data-action': 'add-action', 'data-dim': d.id }));
      return li;
    }));
    const met = { ...levels };
    for (const x of gaps(this.strands, levels, this.state.targets)) met[x.dimension.id] = x.target;
    $(this, '.tg-move').textContent = `What would move us: with every target met, ${resultSentence(met, this.dims.length, this.reference(), 'the answers').replace(/^the answers reach/, 'the partnership would reach')}`;
    $<HTMLTextAreaElement>(this, '#tg-markdown').value = planMarkdown(`Action plan: ${g.borough.name}, ${this.d.roundTitle}`, this.strands, levels, this.state.targets, this.state.actions);
  }

  start(): void {
    const existing = this.querySelector<HTMLSelectElement>('#tg-existing');
    const boroughs: BoroughRef[] = JSON.parse(this.d.boroughs!);
    const chosen = boroughs.find((b) => b.slug === existing?.value && !b.anonymised);
    const name = $<HTMLInputElement>(this, '#tg-name').value.trim();
    const problem = chosen ? null : nameProblem(name, boroughs);
    const err = $(this, '#tg-name-error');
    err.textContent = problem ? `Error: ${problem}` : '';
    err.hidden = !problem;
    if (problem) return void $(this, '#tg-name').focus();
    const reply = $<HTMLInputElement>(this, 'input[name="tg-reply"]:checked').value as Group['reply'];
    const borough = chosen ? { name: chosen.name, slug: chosen.slug, isNew: false } : { name, slug: slugify(name), isNew: true };
    if (this.state.group && this.state.group.borough.slug !== borough.slug) this.state = fresh();
    this.state.group = { round: this.d.round!, borough, reply };
    this.save();
    this.render();
    $(this, '#tg-invite-link').focus();
    this.say(`Invitation link ready for ${borough.name}’s partners.`);
  }

  onClick(e: MouseEvent): void {
    const t = (e.target as HTMLElement).closest<HTMLElement>('[data-action]');
    const action = t?.dataset.action;
    if (!action) return;
    if (action === 'start') this.start();
    if (action === 'paste') {
      const box = $<HTMLTextAreaElement>(this, '#tg-paste');
      const lines = box.value.split(/\s*\n\s*/).filter((l) => l.trim());
      this.add(lines.map((l, i) => [`Pasted link ${i + 1}`, l]));
      box.value = '';
    }
    if (action === 'reset' && confirm('Clear this group, its answers and its plan from this device?')) {
      this.state = fresh();
      this.save();
      this.refuse([]);
      this.render();
    }
    if (action === 'copy') {
      const input = $<HTMLInputElement>(this, `#${t!.dataset.copy}`);
      input.select();
      navigator.clipboard?.writeText(input.value).then(() => this.say('Copied.'), () => undefined);
    }
    if (action === 'add-action') {
      const id = t!.dataset.dim!;
      (this.state.actions[id] ??= []).push({ text: '', owner: '', due: '' });
      this.save();
      this.renderPlan();
      $(this, `#tg-act-${id}-${this.state.actions[id]!.length - 1}`).focus();
    }
    if (action === 'print') print();
    if (action === 'download' || action === 'propose') {
      const path = savePath(this.d.round!, this.state.group!.borough.slug);
      const url = action === 'propose' ? proposeUrl(this.d.repository!, this.d.branch!, path, this.file(false)) : null;
      $(this, '.tg-upload').hidden = action === 'download' || !!url;
      if (url) return void open(url, '_blank', 'noopener');
      const a = el('a', '', { href: URL.createObjectURL(new Blob([this.file(true)], { type: 'text/yaml' })), download: `${this.state.group!.borough.slug}.yaml` }) as HTMLAnchorElement;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    }
  }

  onChange(t: HTMLElement): void {
    const input = t as HTMLInputElement;
    if (input.name?.startsWith('agreed-')) {
      this.state.agreed[input.name.slice(7)] = input.value as Answer;
      this.save();
      this.renderResult(); // "what would move us": the sentence follows the level at once
      this.renderPlan();
      this.say($(this, '.tg-sentence').textContent!);
    }
    if (t.dataset.target) {
      this.state.targets[t.dataset.target] = (t as HTMLSelectElement).value as Target | '';
      this.save();
      this.renderPlan();
      $(this, `#tg-target-${t.dataset.target}`).focus();
      this.say($(this, '.tg-move').textContent!);
    }
    if (t.dataset.field) this.onInput(t);
  }

  onInput(t: HTMLElement): void {
    if (t.dataset.evidence) {
      const v = (t as HTMLInputElement).value;
      if (v.trim()) this.state.evidence[t.dataset.evidence] = v;
      else delete this.state.evidence[t.dataset.evidence];
      this.save();
      this.renderResult();
    }
    const row = t.closest<HTMLElement>('[data-action-row]');
    if (row && t.dataset.field) {
      const [id, i] = row.dataset.actionRow!.split(':');
      (this.state.actions[id!]![Number(i)] as unknown as Record<string, string>)[t.dataset.field] = (t as HTMLInputElement).value;
      this.save();
      $<HTMLTextAreaElement>(this, '#tg-markdown').value = planMarkdown(`Action plan: ${this.state.group!.borough.name}, ${this.d.roundTitle}`, this.strands, this.levels(), this.state.targets, this.state.actions);
      const a = this.state.actions[id!]![Number(i)]!;
      $(row, '.tg-print-only').textContent = `${a.text}${a.owner ? ` (owner: ${ROLE_LABEL[a.owner]})` : ''}${a.due ? ` by ${a.due}` : ''}`;
      this.renderResult();
    }
  }
}
customElements.define('together-assessment', TogetherAssessment);
