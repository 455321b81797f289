// Analysis-driven decorations over the grammar's colours: each claim underlined in its metric's
// colour, hedged figures dotted, disputed figures highlighted (and in the overview ruler),
// quotations shaded. Colours are themable (contributes.colors); each layer has a setting.
import * as vscode from 'vscode';
import type { CorpusModel } from './corpus-model';
import { Setting } from './ids';

/** Metrics with a colour of their own; any other metric uses `corpusReview.metric.other`. */
const COLOURED_METRICS = ['killed', 'injured', 'detained', 'missing', 'displaced', 'damage'];
const REFRESH_DEBOUNCE_MS = 100;

export class Decorations implements vscode.Disposable {
  private readonly metricTypes = new Map<string, vscode.TextEditorDecorationType>();
  private readonly hedge = vscode.window.createTextEditorDecorationType({
    textDecoration: 'underline dotted',
  });
  private readonly conflict = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('corpusReview.conflictBackground'),
    border: '1px solid',
    borderColor: new vscode.ThemeColor('corpusReview.conflictBorder'),
    overviewRulerColor: new vscode.ThemeColor('corpusReview.conflictBorder'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });
  private readonly quotation = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('corpusReview.quotationBackground'),
  });
  private readonly subscriptions: vscode.Disposable[];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly model: CorpusModel) {
    for (const metric of [...COLOURED_METRICS, 'other']) {
      this.metricTypes.set(
        metric,
        vscode.window.createTextEditorDecorationType({
          borderStyle: 'none none solid none',
          borderWidth: '0 0 2px 0',
          borderColor: new vscode.ThemeColor(`corpusReview.metric.${metric}`),
        }),
      );
    }
    this.subscriptions = [
      model.onDidChange(() => this.schedule()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.schedule()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(Setting.Section) && this.schedule()),
    ];
    this.schedule();
  }

  /** Decorates every visible editor showing a corpus article. */
  refresh(): void {
    const settings = vscode.workspace.getConfiguration(Setting.Section);
    const on = (key: Setting): boolean => settings.get<boolean>(key, true);
    for (const editor of vscode.window.visibleTextEditors) this.decorate(editor, on);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    for (const t of [...this.metricTypes.values(), this.hedge, this.conflict, this.quotation]) t.dispose();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), REFRESH_DEBOUNCE_MS);
  }

  private decorate(editor: vscode.TextEditor, on: (key: Setting) => boolean): void {
    const rel = editor.document.uri.scheme === 'file' ? this.model.relative(editor.document.uri.fsPath) : null;
    const text = rel && this.model.has(rel) ? editor.document.getText() : null;
    const file = rel && text !== null ? this.model.detail(rel, text) : null;
    const byMetric = new Map<vscode.TextEditorDecorationType, vscode.Range[]>([...this.metricTypes.values()].map((t) => [t, []]));
    const hedges: vscode.Range[] = [];
    const conflicts: vscode.DecorationOptions[] = [];
    const quotes: vscode.Range[] = [];
    if (file && text !== null) {
      const doc = editor.document;
      const range = (start: number, end: number): vscode.Range => new vscode.Range(doc.positionAt(start), doc.positionAt(end));
      // the model's claims (same ids) know the findings; the detail's offsets match this buffer
      for (const c of file.claims) {
        const claimRange = range(c.start, c.end);
        if (on(Setting.DecorateMetrics)) byMetric.get(this.metricTypes.get(c.metric) ?? this.metricTypes.get('other')!)!.push(claimRange);
        const open = this.model.findingsOf(c.id).filter((f) => !f.review && f.rule !== 'update');
        if (on(Setting.DecorateConflicts) && open.length > 0) conflicts.push({ range: claimRange });
      }
      if (on(Setting.DecorateHedges)) for (const n of file.numbers) if (n.precision !== 'exact') hedges.push(range(n.start, n.end));
      if (on(Setting.DecorateQuotations)) for (const q of file.quotes) quotes.push(range(q.start, q.end));
    }
    for (const [type, ranges] of byMetric) editor.setDecorations(type, ranges);
    editor.setDecorations(this.hedge, hedges);
    editor.setDecorations(this.conflict, conflicts);
    editor.setDecorations(this.quotation, quotes);
  }
}
