using DocReport.Cli;

return DocReportCli.Run(args, Console.OpenStandardInput(), Console.Out, Console.Error);
