import { planDelivery, sendsDigest } from './delivery-plan';
import { EmailFrequency, Recipient } from './recipient-directory';

function recipient(id: string, emailFrequency: EmailFrequency): Recipient {
  return { id, email: `${id}@example.id`, name: id, language: 'id', emailFrequency };
}

describe(planDelivery.name, () => {
  it('e-mails immediate users now, collects daily users for the digest, and only notifies the rest in-app', () => {
    const now = recipient('segera', 'immediate');
    const daily = recipient('harian', 'daily');
    const never = recipient('tidak', 'never');
    expect(planDelivery([daily, now, never])).toEqual({ emailNow: [now], digest: [daily], inAppOnly: [never] });
    expect(planDelivery([])).toEqual({ emailNow: [], digest: [], inAppOnly: [] });
  });
});

describe(sendsDigest.name, () => {
  it('sends what was collected unless the user has since chosen never', () => {
    expect(sendsDigest(recipient('a', 'daily'))).toBe(true);
    expect(sendsDigest(recipient('b', 'immediate'))).toBe(true);
    expect(sendsDigest(recipient('c', 'never'))).toBe(false);
  });
});
