// What the three views share: they are redrawn whenever the model or the filter changes.
import * as vscode from 'vscode';
import type { CorpusModel } from '../corpus-model';
import type { TreeFilter } from './tree-filter';

export abstract class CorpusTree<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    protected readonly model: CorpusModel,
    protected readonly filter: TreeFilter,
  ) {
    this.subscriptions = [model.onDidChange(() => this.refresh()), filter.onDidChange(() => this.refresh())];
  }

  abstract getChildren(node?: T): T[] | Promise<T[]>;
  abstract getTreeItem(node: T): vscode.TreeItem;

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }

  /** Trees that cache what they show drop it here first. */
  protected refresh(): void {
    this.changed.fire();
  }
}
