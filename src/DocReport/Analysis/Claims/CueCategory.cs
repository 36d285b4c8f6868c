namespace DocReport.Analysis.Claims;

/// <summary>The categories of <c>Analysis/Claims/Data/claim-cues.tsv</c>.</summary>
internal enum CueCategory { Reporting, Comparative, Causal, Prediction, Opinion, FirstPerson, ThirdPerson, Official, EntityStopWord, NameConnector, Hedge, Instruction }
