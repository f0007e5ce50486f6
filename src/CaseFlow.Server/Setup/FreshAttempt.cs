using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Setup;

/// <summary>
/// A resume that lost an optimistic-concurrency race on its workflow instance (another request stepped it first) runs
/// again as a fresh attempt — a new scope, so a new DbContext, host and clocks that read what the winner saved
/// (docs/architecture.md, "A request's path"). Bounded; the last loss answers 409.
/// </summary>
public static class FreshAttempt
{
    public const int ResumeAttempts = 3;

    /// <summary>Runs <paramref name="act"/> on the request's handler; retries on a concurrency conflict with the handler of a fresh scope.</summary>
    public static Task<T> RunAsync<THandler, T>(THandler handler, IServiceScopeFactory scopes, Func<THandler, Task<T>> act) where THandler : notnull =>
        RunAsync(handler, scopes, act, ResumeAttempts, ex => ex is DbUpdateConcurrencyException);

    public static async Task<T> RunAsync<THandler, T>(THandler handler, IServiceScopeFactory scopes, Func<THandler, Task<T>> act, int attempts,
        Func<Exception, bool> retriable) where THandler : notnull
    {
        try
        {
            return await act(handler);
        }
        catch (Exception ex) when (attempts > 1 && retriable(ex))
        {
        }
        for (var attempt = 2; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                return await act(scope.ServiceProvider.GetRequiredService<THandler>());
            }
            catch (Exception ex) when (attempt < attempts && retriable(ex))
            {
            }
        }
    }
}
