// Filter the views by a metric or by text (a figure, a source, a place, an article), and clear it.
import * as vscode from 'vscode';
import type { CorpusModel } from '../corpus-model';
import { CommandId } from '../ids';
import type { TreeFilter } from './tree-filter';

export function registerFilterCommands(model: CorpusModel, filter: TreeFilter): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(CommandId.Filter, (text?: string, metric?: string | null) => {
      if (text !== undefined || metric !== undefined) return filter.set(text ?? '', metric ?? null);
      return pickFilter(model, filter);
    }),
    vscode.commands.registerCommand(CommandId.ClearFilter, () => filter.set('', null)),
  ];
}

/** A quick pick of the corpus's metrics; typing text that matches none filters by that text. */
function pickFilter(model: CorpusModel, filter: TreeFilter): Promise<void> {
  const counts = new Map<string, number>();
  for (const c of model.result.claims) counts.set(c.metric, (counts.get(c.metric) ?? 0) + 1);
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { metric: string }>();
  pick.title = vscode.l10n.t('Filter Corpus Review');
  pick.placeholder = vscode.l10n.t('Pick a metric, or type text to match figures, sources, places and articles');
  pick.items = [...counts].sort().map(([metric, n]) => ({ label: metric, description: vscode.l10n.t('{0} claims', n), metric }));
  return new Promise((resolve) => {
    pick.onDidAccept(() => {
      const chosen = pick.selectedItems[0];
      if (chosen) filter.set('', chosen.metric);
      else filter.set(pick.value, null);
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve();
    });
    pick.show();
  });
}
