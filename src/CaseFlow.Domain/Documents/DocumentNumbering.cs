using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Org;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseFlow.Domain.Documents;

/// <summary>
/// 文号 for every document a save adds (README "Documents"): {unit}{kind}〔{year}〕{n}号, numbered per issuing organ (the prefix), Beijing
/// year and kind by an atomic counter (the case numbers' table). Runs after the audit hook has begun the save's transaction (a document
/// is audited), so the counter step commits or rolls back with the save: no gap, no repeat; the trail describes an added document after
/// the save, number included. Without a transaction (none audited) the counter step commits on its own: a gap, never a repeat.
/// </summary>
public sealed class DocumentNumbering : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is CaseFlowDbContext db) NumberAsync(db, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CaseFlowDbContext db) await NumberAsync(db, async: true, cancellationToken);
        return result;
    }

    private static async Task NumberAsync(CaseFlowDbContext db, bool async, CancellationToken ct)
    {
        var pending = db.ChangeTracker.Entries<CaseDocument>()
            .Where(e => e.State == EntityState.Added && e.Entity.Number is null && e.Entity.IssuingUnitId is not null).Select(e => e.Entity).ToList();
        foreach (var document in pending)
        {
            // The unit and its parent's name in one read.
            var issuing = db.OrgUnits.AsNoTracking().Where(o => o.Id == document.IssuingUnitId)
                .Select(o => new { Unit = o, Parent = db.OrgUnits.Where(p => p.Id == o.ParentId).Select(p => p.Name).FirstOrDefault() });
            var found = async ? await issuing.SingleAsync(ct) : issuing.Single();
            var (unit, parent) = (found.Unit, found.Parent);
            var year = TimeZoneInfo.ConvertTimeFromUtc(document.CreatedAtUtc, DomainClock.ChinaTime).Year;
            // One counter per issuing organ as the number names it: the windows of one region share 行审, so they share its sequence.
            var prefix = UnitPrefix(unit, parent);
            var serial = await NextAsync(db, $"doc|{prefix}|{year}|{document.Kind}", async, ct);
            document.Number = Format(prefix, document.Kind, year, serial);
        }
    }

    public static string Format(string unitPrefix, DocumentKind kind, int year, int serial) => $"{unitPrefix}{KindWord(kind)}〔{year}〕{serial}号";

    /// <summary>The region's short name (渝中区 → 渝中) and the unit's: 行审 for a window, the department's category for a department.</summary>
    public static string UnitPrefix(OrgUnit unit, string? parentName)
    {
        var region = ShortRegion(parentName ?? unit.Name);
        var own = unit.Kind == OrgUnitKind.Department ? unit.Category switch
        {
            "公安" => "公",
            "民政" => "民",
            "人力社保" => "人社",
            "医疗保障" => "医保",
            "市场监管" => "市监",
            "住房公积金" => "公积金",
            "不动产登记" => "不动产",
            { Length: > 0 } other => other,
            _ => "行审",
        } : "行审";
        return region + own;
    }

    private static string ShortRegion(string name)
    {
        var region = name.Contains('市') && name.IndexOf('市') < name.Length - 1 ? name[(name.IndexOf('市') + 1)..] : name;
        foreach (var suffix in new[] { "土家族苗族自治县", "自治县", "区", "县", "市", "省" })
            if (region.Length > suffix.Length + 1 && region.EndsWith(suffix, StringComparison.Ordinal)) return region[..^suffix.Length];
        return region;
    }

    public static string KindWord(DocumentKind kind) => kind switch
    {
        DocumentKind.AcceptanceNotice => "受",
        DocumentKind.SupplementNotice => "补告",
        DocumentKind.NonAcceptanceDecision => "不受",
        DocumentKind.ApprovalDecision => "许",
        DocumentKind.RejectionDecision => "不许",
        DocumentKind.ServiceRecord => "送",
        DocumentKind.ClockStopNotice => "停",
        DocumentKind.ExtensionNotice => "延",
        _ => "档",
    };

    /// <summary>One <c>UPDATE … SET Value = Value + 1</c> (a missing counter inserted first), then the read, in one transaction.</summary>
    private static async Task<int> NextAsync(CaseFlowDbContext db, string key, bool async, CancellationToken ct)
    {
        var own = db.Database.CurrentTransaction is not null ? null : async ? await db.Database.BeginTransactionAsync(ct) : db.Database.BeginTransaction();
        try
        {
            var row = db.CaseNumberSequences.Where(s => s.Key == key);
            if (await Increment(row, async, ct) == 0)
            {
                // Portable across the three providers; a concurrent first insert makes this insert nothing.
                FormattableString insert = $"INSERT INTO \"CaseNumberSequences\" (\"Key\", \"Value\", \"Version\") SELECT {key}, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM \"CaseNumberSequences\" WHERE \"Key\" = {key})";
                if (async) await db.Database.ExecuteSqlAsync(insert, ct);
                else db.Database.ExecuteSql(insert);
                await Increment(row, async, ct);
            }
            var value = async ? await row.Select(s => s.Value).SingleAsync(ct) : row.Select(s => s.Value).Single();
            if (own is not null)
            {
                if (async) await own.CommitAsync(ct);
                else own.Commit();
            }
            return value;
        }
        finally
        {
            if (own is not null)
            {
                if (async) await own.DisposeAsync();
                else own.Dispose();
            }
        }
    }

    private static async Task<int> Increment(IQueryable<CaseNumberSequence> row, bool async, CancellationToken ct) => async
        ? await row.ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, x => x.Value + 1).SetProperty(x => x.Version, x => x.Version + 1), ct)
        : row.ExecuteUpdate(s => s.SetProperty(x => x.Value, x => x.Value + 1).SetProperty(x => x.Version, x => x.Version + 1));
}
