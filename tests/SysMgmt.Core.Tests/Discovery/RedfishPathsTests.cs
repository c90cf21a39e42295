using SysMgmt.Core.Discovery;

namespace SysMgmt.Core.Tests.Discovery;

public class RedfishPathsTests
{
    [Theory]
    [InlineData("https://172.16.0.104:443/redfish/v1/Systems/1/", "/redfish/v1/Systems/1")]
    [InlineData("HTTP://bmc/redfish/v1/Chassis/Enclosure", "/redfish/v1/Chassis/Enclosure")]
    [InlineData(" /redfish/v1/UpdateService/ ", "/redfish/v1/UpdateService")]
    [InlineData("/", "/")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalize_Uri_GivesThePathWithoutTrailingSlash(string? uri, string expected)
    {
        Assert.Equal(expected, RedfishPaths.Normalize(uri));
    }

    [Theory]
    [InlineData("/redfish/v1/Systems/Node0", "Node0")]
    [InlineData("Self", "Self")]
    public void LastSegment_Path_GivesTheRedfishId(string path, string expected)
    {
        Assert.Equal(expected, RedfishPaths.LastSegment(path));
    }
}
