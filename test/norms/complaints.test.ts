// Article 5.2: plan van aanpak within 4 weeks of discussing the complaint.
import { describe, expect, it } from 'vitest';
import { complaintState, type Complaint } from '../../src/norms/complaints.ts';

const base: Complaint = { id: 'C1', clientId: 'K1', received: '2025-12-01', periodFrom: '2025-09-01', periodTo: '2025-11-30', discussed: '2025-12-20', planDelivered: null, outcome: '', complaintText: null };

describe('plan van aanpak deadline (5.2)', () => {
  it.each([
    ['discussed 2025-12-20: plan due 2026-01-17 (20 Dec + 28 days)', base, '2026-01-01', { planDue: '2026-01-17', status: 'plan-open', daysRemaining: 16 }],
    ['due today is still open with 0 days left', base, '2026-01-17', { planDue: '2026-01-17', status: 'plan-open', daysRemaining: 0 }],
    ['one day after the due date without a plan is overdue', base, '2026-01-18', { status: 'plan-verlopen', daysRemaining: -1 }],
    ['delivered on the due date is on time', { ...base, planDelivered: '2026-01-17' }, '2026-03-01', { status: 'plan-tijdig', daysRemaining: null }],
    ['delivered the day after is late', { ...base, planDelivered: '2026-01-18' }, '2026-03-01', { status: 'plan-te-laat' }],
    ['not yet discussed: no deadline runs', { ...base, discussed: null }, '2026-03-01', { planDue: null, status: 'nog-niet-besproken' }],
    ['discussed 2026-02-15: due 2026-03-15 (February has 28 days in 2026)', { ...base, discussed: '2026-02-15' }, '2026-03-01', { planDue: '2026-03-15', daysRemaining: 14 }],
  ] as const)('%s', (_name, complaint, today, expected) => {
    expect(complaintState(complaint, 4, today)).toMatchObject(expected);
  });
});
