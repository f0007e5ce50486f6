using AutoMapper;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;

namespace CaseFlow.Server.Catalog;

public sealed record ServiceItemSummaryDto(string ImplementationCode, string BasicCode, int Version, string Name, string TypeName, CaseType CaseType,
    AcceptingSide AcceptedBy, string HomeDepartmentCategory, TimeLimit StatutoryLimit, TimeLimit CommittedLimit, string DefinitionId, List<string> CrossRegionScopes);

public sealed record ServiceItemDto(string ImplementationCode, string BasicCode, int Version, string Name, string Type, string TypeName, string LegalBasis, int Level,
    CaseType CaseType, AcceptingSide AcceptedBy, string HomeDepartmentCategory, TimeLimit StatutoryLimit, TimeLimit CommittedLimit, string Fee, string ResultName,
    List<DeliveryMethod> DeliveryOptions, string DefinitionId, List<string> CrossRegionScopes, List<SpecialProcedure> SpecialProcedures, List<FormField> FormFields,
    List<Situation> Situations, List<ReviewPoint> ReviewPoints);

public sealed class CatalogProfile : Profile
{
    public CatalogProfile()
    {
        CreateMap<ServiceItem, ServiceItemSummaryDto>();
        CreateMap<ServiceItem, ServiceItemDto>();
    }
}
