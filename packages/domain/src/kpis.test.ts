import { describe, expect, it } from 'vitest';
import { frozenKpisSchema, portfolioKpis } from './kpis.js';

describe('portfolioKpis', () => {
  const policy = { legacyFrameworks: ['tensorflow', 'keras'] as const };
  it('counts production, legacy in production, open verdicts, models to triage and the new-project rate', () => {
    const kpis = portfolioKpis({
      categories: [
        { framework: 'tensorflow', lifecycle: 'production', count: 3 },
        { framework: 'keras', lifecycle: 'production', count: 1 },
        { framework: 'tensorflow', lifecycle: 'deprecated', count: 2 },
        { framework: 'pytorch', lifecycle: 'production', count: 4 },
        { framework: 'jax', lifecycle: 'research', count: 1 },
      ],
      verdicts: [
        { status: 'compliant', newProject: true, count: 6 },
        { status: 'violation', newProject: true, count: 2 },
        { status: 'exception', newProject: true, count: 1 },
        { status: 'warning', newProject: false, count: 3 },
        { status: 'exception', newProject: false, count: 5 },
        { status: 'compliant', newProject: false, count: 7 },
        { status: 'unknown', newProject: true, count: 4 },
        { status: 'unknown', newProject: false, count: 1 },
      ],
      policy: { legacyFrameworks: [...policy.legacyFrameworks] },
      exceptionsExpiringSoon: 2,
      codeDisagrees: 3,
    });
    expect(kpis).toEqual({
      modelsInProduction: 8,
      newProjectComplianceRate: 0.75,
      newProjectsUnderException: 1,
      legacyInProduction: 4,
      openViolations: 2,
      openWarnings: 3,
      exceptionsExpiringSoon: 2,
      // Unknown verdicts are triage work, outside the rate (still 6 ÷ 8).
      toTriage: 5,
      codeDisagrees: 3,
    });
  });

  it('has no rate when no new project was judged', () => {
    const kpis = portfolioKpis({
      categories: [],
      verdicts: [{ status: 'exception', newProject: true, count: 2 }],
      policy: { legacyFrameworks: [] },
      exceptionsExpiringSoon: 0,
      codeDisagrees: 0,
    });
    expect(kpis.newProjectComplianceRate).toBeNull();
    expect(kpis.newProjectsUnderException).toBe(2);
  });
});

describe('frozenKpisSchema', () => {
  const recordedBeforeToTriage = {
    modelsInProduction: 12,
    newProjectComplianceRate: 0.8,
    newProjectsUnderException: 1,
    legacyInProduction: 6,
    openViolations: 1,
    openWarnings: 3,
    exceptionsExpiringSoon: 0,
  };

  it('reads KPIs a review recorded before the to-triage count existed', () => {
    expect(frozenKpisSchema.parse(recordedBeforeToTriage)).toEqual(recordedBeforeToTriage);
  });

  it('still refuses KPIs that miss one that always existed', () => {
    const { openWarnings: _missing, ...incomplete } = recordedBeforeToTriage;
    expect(frozenKpisSchema.safeParse(incomplete).success).toBe(false);
  });
});
