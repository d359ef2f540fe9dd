import { Recipient } from './recipient-directory';

/** How each recipient of a notification hears about it by e-mail. */
export interface DeliveryPlan {
  /** Frequency `immediate`: one e-mail now. */
  emailNow: Recipient[];
  /** Frequency `daily`: the notification waits for the next daily digest. */
  digest: Recipient[];
  /** Frequency `never`: in-app only. */
  inAppOnly: Recipient[];
}

export function planDelivery(recipients: Recipient[]): DeliveryPlan {
  const plan: DeliveryPlan = { emailNow: [], digest: [], inAppOnly: [] };
  for (const recipient of recipients) {
    if (recipient.emailFrequency === 'immediate') plan.emailNow.push(recipient);
    else if (recipient.emailFrequency === 'daily') plan.digest.push(recipient);
    else plan.inAppOnly.push(recipient);
  }
  return plan;
}

/**
 * Whether a digest that has been collecting goes out. A user who switched from `daily` to
 * `immediate` still gets what was collected; one who switched to `never` does not.
 */
export function sendsDigest(recipient: Recipient): boolean {
  return recipient.emailFrequency !== 'never';
}
