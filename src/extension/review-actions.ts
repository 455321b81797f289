// Accept a figure, dismiss a finding, mark it as an update, or reopen it: written to
// corpus-review.review.yaml (in place, atomically, comments kept), then applied at once.
import * as os from 'node:os';
import * as vscode from 'vscode';
import { recordDecision, removeDecision, type Claim, type Decision, type Finding } from '../core';
import type { CorpusModel } from './corpus-model';
import { CommandId, Setting } from './ids';

/** What the commands receive: a Findings view node, or this from a quick fix. */
export interface FindingRef {
  fingerprint: string;
  claimId?: string;
}

type Arg = FindingRef | { finding: Finding; claim?: Claim } | undefined;

export function registerReviewActions(model: CorpusModel, log: vscode.LogOutputChannel): vscode.Disposable[] {
  const decide = (decision: Decision) => (arg: Arg) => record(model, log, arg, decision);
  return [
    vscode.commands.registerCommand(CommandId.AcceptFigure, decide('accepted')),
    vscode.commands.registerCommand(CommandId.DismissFinding, decide('dismissed')),
    vscode.commands.registerCommand(CommandId.MarkUpdate, decide('update')),
    vscode.commands.registerCommand(CommandId.ReopenFinding, (arg: Arg) => reopen(model, log, arg)),
  ];
}

function resolve(model: CorpusModel, arg: Arg): { finding: Finding; claim?: Claim } | undefined {
  if (!arg) return undefined;
  const fingerprint = 'finding' in arg ? arg.finding.fingerprint : arg.fingerprint;
  const claimId = 'finding' in arg ? arg.claim?.id : arg.claimId;
  const finding = model.finding(fingerprint);
  return finding && { finding, claim: claimId === undefined ? undefined : model.claim(claimId) };
}

async function record(model: CorpusModel, log: vscode.LogOutputChannel, arg: Arg, decision: Decision): Promise<boolean> {
  const target = resolve(model, arg);
  if (!target) {
    void vscode.window.showWarningMessage(vscode.l10n.t('This finding is no longer in the corpus; rescan and try again.'));
    return false;
  }
  const { finding, claim } = target;
  try {
    await recordDecision(model.root, {
      fingerprint: finding.fingerprint,
      decision,
      ...(decision === 'accepted' && claim ? { figure: claim.value } : {}),
      by: reviewer(),
      at: new Date().toISOString(),
      about: finding.message,
    });
  } catch (err) {
    log.error(`could not record ${decision} for ${finding.fingerprint}: ${(err as Error).message}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not write the review file: {0}', (err as Error).message));
    return false;
  }
  log.info(`${decision} ${finding.fingerprint}${claim && decision === 'accepted' ? ` (figure ${claim.value})` : ''}`);
  await model.reloadReview();
  return true;
}

async function reopen(model: CorpusModel, log: vscode.LogOutputChannel, arg: Arg): Promise<boolean> {
  const target = resolve(model, arg);
  if (!target) return false;
  try {
    await removeDecision(model.root, target.finding.fingerprint);
  } catch (err) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not write the review file: {0}', (err as Error).message));
    return false;
  }
  log.info(`reopened ${target.finding.fingerprint}`);
  await model.reloadReview();
  return true;
}

function reviewer(): string | undefined {
  const configured = vscode.workspace.getConfiguration(Setting.Section).get<string>(Setting.Reviewer)?.trim();
  if (configured) return configured;
  try {
    return os.userInfo().username || undefined;
  } catch {
    return undefined; // no user entry (some containers)
  }
}
