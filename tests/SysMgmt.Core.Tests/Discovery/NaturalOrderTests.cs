using SysMgmt.Core.Discovery;

namespace SysMgmt.Core.Tests.Discovery;

public class NaturalOrderTests
{
    [Theory]
    [InlineData("Node2,Node10,Node1", "Node1,Node2,Node10")]
    [InlineData("10,9,1", "1,9,10")]
    [InlineData("Perif0,Blade1,Enclosure,Blade0", "Blade0,Blade1,Enclosure,Perif0")]
    [InlineData("Self,1", "1,Self")]
    [InlineData("Blade1,Blade01", "Blade01,Blade1")]
    [InlineData("eth0,ToHost", "ToHost,eth0")]
    [InlineData("Node99999999999999999999,Node2", "Node2,Node99999999999999999999")]
    public void Compare_Ids_SortsNumbersByValueAfterTheirText(string ids, string expected)
    {
        Assert.Equal(expected, string.Join(",", ids.Split(',').Order(NaturalOrder.Instance)));
    }

    [Fact]
    public void Compare_Null_SortsFirstAndEqualsItself()
    {
        Assert.True(NaturalOrder.Instance.Compare(null, "a") < 0);
        Assert.Equal(0, NaturalOrder.Instance.Compare(null, null));
    }
}
