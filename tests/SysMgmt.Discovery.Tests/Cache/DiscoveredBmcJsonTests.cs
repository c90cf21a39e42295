using System.Net;
using System.Text.Json.Nodes;
using SysMgmt.Discovery.Cache;
using SysMgmt.Discovery.Scanning;

namespace SysMgmt.Discovery.Tests.Cache;

public sealed class DiscoveredBmcJsonTests
{
    private static readonly DateTimeOffset s_seen = new(2026, 12, 3, 9, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public void ToJson_Bmc_IsAMagellanScanRecordWithMoreFields()
    {
        var bmc = new DiscoveredBmc
        {
            Target = new ScanTarget("https", IPAddress.Parse("172.16.0.10"), 443),
            FirstSeen = s_seen.AddDays(-1),
            LastSeen = s_seen,
            LastScanned = s_seen,
            Status = ScanStatus.Redfish,
            ServiceType = "Redfish",
            RedfishVersion = "1.15.0",
        };

        var json = DiscoveredBmcJson.ToJson(bmc);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            {"host":"https://172.16.0.10","port":443,"protocol":"tcp","state":true,"timestamp":"2026-12-03T09:30:15.123000Z",
             "service_type":"Redfish","url":"https://172.16.0.10:443","status":"Redfish","first_seen":"2026-12-02T09:30:15.123000Z",
             "last_seen":"2026-12-03T09:30:15.123000Z","last_scanned":"2026-12-03T09:30:15.123000Z","redfish_version":"1.15.0"}
            """), json), json.ToJsonString());
    }

    [Fact]
    public void FromJson_MagellanScanOutput_ReadsHostsPortsAndState()
    {
        var bmcs = DiscoveredBmcJson.FromJson(JsonNode.Parse("""
            [{"host":"https://172.16.0.10","port":443,"protocol":"tcp","state":true,"timestamp":"2026-07-31T10:11:12.123456789-04:00","service_type":"Redfish"},
             {"host":"http://[fd00::5]","port":8000,"protocol":"tcp","state":false,"timestamp":"2026-07-31T10:11:12Z","service_type":""}]
            """));

        Assert.Equal(["https://172.16.0.10:443", "http://[fd00::5]:8000"], bmcs.Select(b => b.Url));
        Assert.Equal((ScanStatus.Redfish, true, "Redfish"), (bmcs[0].Status, bmcs[0].State, bmcs[0].ServiceType));
        Assert.Equal(new DateTimeOffset(2026, 7, 31, 14, 11, 12, TimeSpan.Zero).AddTicks(1234567), bmcs[0].LastSeen);
        Assert.Equal((ScanStatus.Closed, false, null), (bmcs[1].Status, bmcs[1].State, bmcs[1].ServiceType));
    }

    [Fact]
    public void FromJson_OwnOutput_RoundTrips()
    {
        var bmc = new DiscoveredBmc
        {
            Target = new ScanTarget("https", "bmc7.example", 8443),
            FirstSeen = s_seen.AddHours(-3),
            LastSeen = s_seen.AddHours(-1),
            LastScanned = s_seen,
            Status = ScanStatus.NoAnswer,
            ServiceType = "Redfish",
            RedfishVersion = "1.2.0",
            Vendor = "Cray",
            Product = "EX425",
            Uuid = "d8f9f1a0-0000-0000-0000-000000000001",
        };

        var read = Assert.Single(DiscoveredBmcJson.FromJson(DiscoveredBmcJson.ToJson([bmc])));

        Assert.Equal(bmc, read);
    }

    [Theory]
    [InlineData("""{"host":"https://10.0.0.1"}""", "an array")]
    [InlineData("""[7]""", "element 0 is not an object")]
    [InlineData("""[{"host":"https://10.0.0.1","port":"443"}]""", "\"port\" must be a whole number")]
    [InlineData("""[{"host":"https://10.0.0.1","port":443,"status":"Maybe"}]""", "unknown status 'Maybe'")]
    [InlineData("""[{"host":"gopher://10.0.0.1","port":443}]""", "scheme must be https or http")]
    public void FromJson_NotScanRecords_SaysWhichFieldIsWrong(string json, string reason)
    {
        var error = Assert.Throws<FormatException>(() => DiscoveredBmcJson.FromJson(JsonNode.Parse(json)));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
