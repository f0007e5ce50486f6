using AutoMapper;
using CaseFlow.Domain.Workflows;

namespace CaseFlow.Server.Definitions;

public sealed record DefinitionVersionDto(string DefinitionId, int Version, string Name, bool IsPublished, string ContentHash, DateTime CreatedAtUtc, DateTime? PublishedAtUtc, string? PublishedBy,
    int RunningInstances = 0);

public sealed class DefinitionProfile : Profile
{
    public DefinitionProfile() =>
        CreateMap<WorkflowDefinitionRecord, DefinitionVersionDto>()
            .ForCtorParam(nameof(DefinitionVersionDto.Version), o => o.MapFrom(r => r.DefinitionVersion))
            // Counted per version by the endpoint (DefinitionEndpoints.WithRunningAsync): instances are not a navigation.
            .ForCtorParam(nameof(DefinitionVersionDto.RunningInstances), o => o.MapFrom(_ => 0));
}
