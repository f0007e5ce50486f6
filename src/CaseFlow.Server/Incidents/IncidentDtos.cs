using AutoMapper;
using CaseFlow.Domain.Workflows;

namespace CaseFlow.Server.Incidents;

public sealed record IncidentDto(string Id, string InstanceId, long? CaseId, string ActivityId, string Message, IncidentStatus Status, DateTime CreatedAtUtc, DateTime? ClosedAtUtc);

public sealed class IncidentProfile : Profile
{
    public IncidentProfile() => CreateMap<IncidentRecord, IncidentDto>();
}
