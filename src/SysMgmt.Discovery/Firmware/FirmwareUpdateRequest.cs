namespace SysMgmt.Discovery.Firmware;

/// <summary>
/// What to install and how. With <see cref="ImageUri"/>, BMCs that offer SimpleUpdate fetch the image themselves;
/// with <see cref="ImageFile"/>, BMCs without SimpleUpdate (OpenBMC) get it pushed. Give both to update a mixed
/// fleet in one run.
/// </summary>
public sealed record FirmwareUpdateRequest
{
    /// <summary>A URL the BMC fetches the image from (SimpleUpdate's <c>ImageURI</c>).</summary>
    public string? ImageUri { get; init; }

    /// <summary>A local image file to upload to the BMC's HttpPushUri or MultipartHttpPushUri.</summary>
    public string? ImageFile { get; init; }

    /// <summary>SimpleUpdate's <c>TransferProtocol</c> (HTTP, HTTPS, TFTP…); null lets the BMC read it from the URI.</summary>
    public string? TransferProtocol { get; init; }

    /// <summary>The firmware inventory members to update; null lets the BMC choose (OpenBMC rejects Targets in SimpleUpdate).</summary>
    public IReadOnlyList<string>? Targets { get; init; }

    /// <summary>Follow the Task to its end; false returns as soon as the BMC accepted the update.</summary>
    public bool Wait { get; init; } = true;

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);
}
