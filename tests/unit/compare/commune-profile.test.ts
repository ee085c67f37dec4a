import { describe, expect, it } from 'vitest';
import { realDataset } from '../support/real-dataset.ts';

describe('communeProfile on the real data', () => {
  it('puts Xuân Thành above the others on 5G and below them on VNeID', async () => {
    const ds = await realDataset();
    const p = ds.profiles.find((x) => x.communeId === 'xuan-thanh')!;
    const standing = (id: string) => p.standings.find((s) => s.target.targetId === id)!.standing;
    expect(standing('xuan-thanh-15')).toBe('above');
    expect(standing('xuan-thanh-22')).toBe('below');
  });

  it('puts Nhơn Trạch above on VNeID: nobody asks more (Phước An asks the same), Xuân Thành asks less', async () => {
    const ds = await realDataset();
    const nt = ds.profiles.find((x) => x.communeId === 'nhon-trach')!.standings.find((s) => s.target.targetId === 'nhon-trach-20')!;
    expect(nt.standing).toBe('above');
    expect(nt.others.map((o) => [o.communeId, o.value])).toEqual([
      ['phuoc-an', 80],
      ['xuan-thanh', 65],
    ]);
  });

  it('marks a target no other commune set as "only", and a related one as unranked', async () => {
    const ds = await realDataset();
    const pa = ds.profiles.find((x) => x.communeId === 'phuoc-an')!;
    expect(pa.standings.find((s) => s.target.targetId === 'phuoc-an-11')!.standing).toBe('only'); // commune DTI
    expect(pa.standings.find((s) => s.target.targetId === 'phuoc-an-38')!.standing).toBe('unranked'); // related
  });

  it('lists the indicators others set that a commune did not', async () => {
    const ds = await realDataset();
    const nd = ds.profiles.find((x) => x.communeId === 'nghia-dan')!;
    const missing = nd.missing.map((m) => m.indicatorId);
    expect(missing).toContain('vneid-account');
    expect(missing).not.toContain('online-service-usage');
    expect(nd.missing.find((m) => m.indicatorId === 'vneid-account')!.communes).toEqual(['nhon-trach', 'xuan-thanh', 'phuoc-an']);
  });

  it('counts every target of the commune in exactly one standing', async () => {
    const ds = await realDataset();
    for (const p of ds.profiles) {
      const total = Object.values(p.counts).reduce((a, b) => a + b, 0);
      expect(total).toBe(ds.raw.targets.filter((t) => t.commune_id === p.communeId).length);
    }
  });
});
