// The engine's ids (rules, statuses, decisions, kinds, precisions) as the UI shows them, localised.
import * as vscode from 'vscode';
import type { ClaimStatus, Finding, NumberKind, Precision, RuleId } from '../core';

export function ruleLabel(rule: RuleId): string {
  switch (rule) {
    case 'conflict':
      return vscode.l10n.t('conflict');
    case 'internal-conflict':
      return vscode.l10n.t('conflict inside the article');
    case 'update':
      return vscode.l10n.t('update');
  }
}

export function statusLabel(status: ClaimStatus): string {
  switch (status) {
    case 'reported':
      return vscode.l10n.t('reported');
    case 'unconfirmed':
      return vscode.l10n.t('unconfirmed');
    case 'retracted':
      return vscode.l10n.t('retracted');
  }
}

/** `accepted 164`, `dismissed`, `update`. */
export function decisionLabel(review: NonNullable<Finding['review']>): string {
  switch (review.decision) {
    case 'accepted':
      return review.figure === undefined ? vscode.l10n.t('accepted') : vscode.l10n.t('accepted {0}', review.figure);
    case 'dismissed':
      return vscode.l10n.t('dismissed');
    case 'update':
      return vscode.l10n.t('marked as an update');
  }
}

export function kindLabel(kind: NumberKind): string {
  const labels: Record<NumberKind, () => string> = {
    quantity: () => vscode.l10n.t('quantity'),
    percent: () => vscode.l10n.t('percentage'),
    money: () => vscode.l10n.t('money'),
    ordinal: () => vscode.l10n.t('ordinal'),
    date: () => vscode.l10n.t('date'),
    time: () => vscode.l10n.t('time'),
    duration: () => vscode.l10n.t('duration'),
    age: () => vscode.l10n.t('age'),
  };
  return labels[kind]();
}

export function precisionLabel(precision: Precision): string {
  const labels: Record<Precision, () => string> = {
    exact: () => vscode.l10n.t('exact'),
    approximate: () => vscode.l10n.t('approximate'),
    atLeast: () => vscode.l10n.t('at least'),
    moreThan: () => vscode.l10n.t('more than'),
    atMost: () => vscode.l10n.t('at most'),
    lessThan: () => vscode.l10n.t('less than'),
    vague: () => vscode.l10n.t('vague'),
  };
  return labels[precision]();
}
