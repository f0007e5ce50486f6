using AutoMapper;
using CaseFlow.Domain.Workflows;

namespace CaseFlow.Server.Definitions;

public sealed record DefinitionVersionDto(string DefinitionId, int Version, string Name, bool IsPublished, string ContentHash, DateTime CreatedAtUtc, DateTime? PublishedAtUtc, string? PublishedBy);

public sealed class DefinitionProfile : Profile
{
    public DefinitionProfile() =>
        CreateMap<WorkflowDefinitionRecord, DefinitionVersionDto>().ForCtorParam(nameof(DefinitionVersionDto.Version), o => o.MapFrom(r => r.DefinitionVersion));
}
