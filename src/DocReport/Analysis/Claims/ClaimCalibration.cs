namespace DocReport.Analysis.Claims;

/// <summary>
/// A calibration of the claim model's log-odds for one genre: the score is sigmoid(Scale·logit + Shift), and a sentence
/// scored at <see cref="Threshold"/> or above is a claim. One model is trained on debate lines and article sentences, but
/// the two differ in how often a sentence is check-worthy and in what is, so each genre gets its own scaling and threshold,
/// chosen on its own held-out data.
/// </summary>
internal sealed record ClaimCalibration(double Scale, double Shift, double Threshold)
{
    public double Score(double logit) => ClaimModel.Sigmoid(Scale * logit + Shift);
}
