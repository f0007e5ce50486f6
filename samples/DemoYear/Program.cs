using CaseFlow.DemoYear;

// Demo year: `dotnet run --project samples/DemoYear [-- --db PATH]` fills a database with a year of cases through the server;
// `-- --bulk N --db PATH` writes N cases directly (the report benchmark's data).
return args.Contains("--bulk") ? await BulkYear.MainAsync(args) : await DemoYearGenerator.MainAsync(args);
