namespace SysMgmt.Discovery.Firmware;

/// <summary>How an image reached the BMC.</summary>
public enum FirmwareUpdateMethod
{
    /// <summary><c>UpdateService.SimpleUpdate</c>: the BMC fetched <c>ImageURI</c>.</summary>
    SimpleUpdate,

    /// <summary>The image was POSTed as the body to <c>HttpPushUri</c>.</summary>
    HttpPush,

    /// <summary>The image was POSTed as a multipart form to <c>MultipartHttpPushUri</c>.</summary>
    MultipartHttpPush,
}
