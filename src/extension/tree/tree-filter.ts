// What the three views show: everything, or only what matches a text and/or a metric.
import * as vscode from 'vscode';
import type { Claim } from '../../core';
import { wordKey } from '../../core/text/normalize';
import { ContextKey } from '../ids';

export class TreeFilter implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private text = '';
  private key = '';
  private metricId: string | null = null;

  get active(): boolean {
    return this.key !== '' || this.metricId !== null;
  }

  get metric(): string | null {
    return this.metricId;
  }

  set(text: string, metric: string | null): void {
    this.text = text.trim();
    this.key = wordKey(this.text);
    this.metricId = metric;
    void vscode.commands.executeCommand('setContext', ContextKey.Filtered, this.active);
    this.changed.fire();
  }

  /** The line the views show above their items while a filter is on. */
  describe(): string | undefined {
    if (!this.active) return undefined;
    const parts = [this.metricId && vscode.l10n.t('metric {0}', this.metricId), this.text && `“${this.text}”`].filter(Boolean);
    return vscode.l10n.t('Filtered: {0}', parts.join(' · '));
  }

  /** A claim passes when its metric matches and the text occurs in its figure, source, scope, place or article. */
  claim(c: Claim, articleTitle: string | null = null): boolean {
    if (this.metricId !== null && c.metric !== this.metricId) return false;
    return this.textIn(c.text, String(c.value), c.source, c.scope, c.location, c.metric, c.path, articleTitle);
  }

  /** Whether any of the strings contains the filter text (Arabic folded, Latin case-insensitive). */
  textIn(...haystacks: Array<string | null | undefined>): boolean {
    if (this.key === '') return true;
    return haystacks.some((h) => h != null && wordKey(h).includes(this.key));
  }

  dispose(): void {
    this.changed.dispose();
  }
}
