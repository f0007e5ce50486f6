using CaseFlow.TestSupport;

namespace CaseFlow.DemoYear;

/// <summary>An intake window with the clerks who take applications in there (the first also approves 就地批办 there).</summary>
internal sealed record Window(string Code, string Province, HttpClient[] Clerks);

/// <summary>
/// Who acts in the demo year: the demo users of samples/users/demo-users.json plus a few staff created through the admin
/// API, so that four windows in both provinces take cases in and four districts decide them.
/// </summary>
internal sealed class Staff
{
    /// <summary>The districts whose departments decide cases (the form's homeRegion), each with its approver.</summary>
    public static readonly string[] HomeRegions = ["520102", "500103", "500106", "520302"];

    public required HttpClient Admin { get; init; }
    public required HttpClient Supervisor { get; init; }
    public required Window[] Windows { get; init; }
    public required Dictionary<string, HttpClient> Approvers { get; init; }

    /// <summary>Every client whose queues (可领取) the generator works, in a fixed order (clerk2 shares the demo clerk's queue).</summary>
    public IEnumerable<HttpClient> Workers => Windows.Select(w => w.Clerks[0]).Concat(HomeRegions.Select(r => Approvers[r]));

    public static async Task<Staff> SignInAsync(DemoHost host)
    {
        var admin = await host.AdminAsync();
        // Created through the admin API (password "<name>-Staff-2026"), so they can sign in to the web app afterwards too.
        Task<HttpClient> StaffAsync(string name, params (string, string)[] memberships) => host.StaffUserAsync(admin, name, memberships);

        var clerk = await host.ClerkAsync();
        var clerk2 = await host.SignInAsync(DemoUsers.Clerk2);
        return new Staff
        {
            Admin = admin,
            Supervisor = await host.SignInAsync(DemoUsers.Supervisor),
            Windows =
            [
                new Window("500103-W01", "500000", [clerk, clerk2]),
                new Window("500106-W01", "500000", [await StaffAsync("spb-clerk", ("500106-W01", "clerk"), ("500106-W01", "approver"))]),
                new Window("520102-W01", "520000", [await StaffAsync("nm-clerk", ("520102-W01", "clerk"), ("520102-W01", "approver"))]),
                new Window("520302-W01", "520000", [await StaffAsync("hhg-clerk", ("520302-W01", "clerk"), ("520302-W01", "approver"))]),
            ],
            Approvers = new Dictionary<string, HttpClient>
            {
                ["520102"] = await host.ApproverAsync(),
                ["500103"] = await StaffAsync("yz-approver", ("500103", "approver")),
                ["500106"] = await StaffAsync("spb-approver", ("500106", "approver")),
                ["520302"] = await StaffAsync("hhg-approver", ("520302", "approver")),
            },
        };
    }
}
