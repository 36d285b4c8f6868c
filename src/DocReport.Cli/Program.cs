using DocReport.Cli;

return DocReportCli.Run(args, Console.Out, Console.Error);
