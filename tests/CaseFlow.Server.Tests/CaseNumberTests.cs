using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests;

/// <summary>The day's case numbers come from an atomic increment: concurrent applications never fail over the counter.</summary>
public sealed class CaseNumberTests
{
    /// <summary>Mon 2026-03-02 00:00:30 in China: the day's first minute, so the day's counter row does not exist yet.</summary>
    private static readonly DateTimeOffset FirstMinute = new(2026, 3, 1, 16, 0, 30, TimeSpan.Zero);

    [Fact]
    public async Task Twenty_concurrent_applications_in_a_days_first_minute_all_get_a_number_and_none_a_409()
    {
        await using var app = new CaseFlowApplication { DomainTime = new FakeTimeProvider(FirstMinute) };
        var clerks = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => app.ClerkAsync()));
        var answers = await Task.WhenAll(clerks.Select(ApplyOnceAsync));
        answers.ShouldAllBe(a => a.Status == HttpStatusCode.Created);
        Sequences(answers).ShouldBe(Enumerable.Range(1, 20));
    }

    [Fact]
    public async Task Three_clients_applying_forty_times_each_all_get_201_with_unique_consecutive_numbers()
    {
        await using var app = new CaseFlowApplication { DomainTime = new FakeTimeProvider(FirstMinute) };
        var clerks = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => app.ClerkAsync()));
        var answers = (await Task.WhenAll(clerks.Select(async clerk =>
        {
            var mine = new List<(HttpStatusCode Status, string CaseNo)>();
            for (var i = 0; i < 40; i++) mine.Add(await ApplyOnceAsync(clerk));
            return mine;
        }))).SelectMany(a => a).ToList();
        answers.Where(a => a.Status != HttpStatusCode.Created).ShouldBeEmpty();
        answers.ShouldAllBe(a => a.CaseNo.StartsWith(IdCardItem + "20260302") && a.CaseNo.Length == IdCardItem.Length + 12);
        Sequences(answers).ShouldBe(Enumerable.Range(1, 120));
    }

    private static List<int> Sequences(IEnumerable<(HttpStatusCode Status, string CaseNo)> answers) =>
        answers.Select(a => int.Parse(a.CaseNo[^4..])).Order().ToList();

    private static async Task<(HttpStatusCode Status, string CaseNo)> ApplyOnceAsync(HttpClient clerk)
    {
        var response = await clerk.PostAsJsonAsync("/api/cases", IdCardBody("M01", "M02", "M03"), Json);
        if (response.StatusCode != HttpStatusCode.Created) return (response.StatusCode, await response.Content.ReadAsStringAsync());
        var created = (await response.Content.ReadFromJsonAsync<JsonObject>(Json))!;
        return (response.StatusCode, created["caseNo"]!.GetValue<string>());
    }
}
