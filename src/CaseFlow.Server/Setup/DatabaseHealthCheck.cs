using CaseFlow.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseFlow.Server.Setup;

/// <summary>Ready only while the database answers: a load balancer stops sending work to a process that cannot save it.</summary>
public sealed class DatabaseHealthCheck(CaseFlowDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("数据库无法连接：请检查 Database:ConnectionString 与数据库服务。");
}
