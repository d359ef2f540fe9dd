import { Injectable } from '@nestjs/common';
import type { AuditTargetType } from '@walikota/shared-contracts';

/**
 * Names the targets of one kind for people reading the log (a report's code, a user's name).
 * The module that owns the target type registers it, so that the audit module never reads
 * another domain's tables.
 */
export interface AuditTargetLabeller {
  targetType: AuditTargetType;
  /** One query for all the ids; ids it does not know (deleted since) are left out. */
  labels(ids: readonly string[]): Promise<ReadonlyMap<string, string>>;
}

export interface AuditTargetRef {
  targetType: string;
  targetId: string | null;
}

export function auditLabelKey(targetType: string, targetId: string): string {
  return `${targetType}:${targetId}`;
}

@Injectable()
export class AuditLabelRegistry {
  private readonly labellers = new Map<string, AuditTargetLabeller>();

  register(labeller: AuditTargetLabeller): void {
    if (this.labellers.has(labeller.targetType)) throw new Error(`Audit labels for "${labeller.targetType}" are registered twice`);
    this.labellers.set(labeller.targetType, labeller);
  }

  /**
   * Labels for these targets, keyed by `auditLabelKey`: one call per target type, whatever the
   * number of entries (a page of the log makes at most one query per type).
   */
  async resolve(targets: readonly AuditTargetRef[]): Promise<Map<string, string>> {
    const idsByType = new Map<string, Set<string>>();
    for (const { targetType, targetId } of targets) {
      if (targetId === null || !this.labellers.has(targetType)) continue;
      const ids = idsByType.get(targetType) ?? new Set<string>();
      ids.add(targetId);
      idsByType.set(targetType, ids);
    }
    const labels = new Map<string, string>();
    await Promise.all(
      [...idsByType].map(async ([targetType, ids]) => {
        const found = await (this.labellers.get(targetType) as AuditTargetLabeller).labels([...ids]);
        for (const [id, label] of found) labels.set(auditLabelKey(targetType, id), label);
      }),
    );
    return labels;
  }
}
