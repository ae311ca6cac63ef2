using System.Reflection;
using Authlete.Sdk.Json;
using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests;

/// <summary>
/// The descriptions of <see cref="AuthleteApis"/> agree with the interface, the types and each other, and every API
/// has its test case and its test class: adding an API without them fails here.
/// </summary>
public class AuthleteApisTests
{
    public static TheoryData<string> Names => new(AuthleteApis.All.Select(api => api.Name));

    private static AuthleteApiDescription Named(string name) => AuthleteApis.All.Single(api => api.Name == name);

    [Fact]
    public void Every_api_has_an_api_case_and_every_api_case_is_an_api()
    {
        AuthleteApiDescription[] registered = ApiCase.Registered.Select(c => c.Description).ToArray();

        registered.Should().OnlyHaveUniqueItems();
        AuthleteApis.All.Except(registered).Should().BeEmpty("every API of AuthleteApis.All needs an ApiCase in ApiCase.Registered");
        registered.Except(AuthleteApis.All).Should().BeEmpty("every ApiCase is of an API of AuthleteApis.All");
        ApiCase.All.Select(c => c.Description).Should().Equal(AuthleteApis.All);
    }

    [Fact]
    public void Every_api_has_a_test_class_named_after_it_in_the_folder_of_its_domain()
    {
        string root = RepositoryRoot();
        Type[] contractClasses = typeof(AuthleteApisTests).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(ApiContractTests<,>))
            .ToArray();

        foreach (AuthleteApiDescription api in AuthleteApis.All)
        {
            // The document APIs (GETs, no action) have their own tests, not the action contract.
            Type[] classes = api.ActionType is null
                ? typeof(AuthleteApisTests).Assembly.GetTypes().Where(t => t.Name == api.Name + "Tests").ToArray()
                : contractClasses.Where(t => t.BaseType!.GetGenericArguments().SequenceEqual([api.RequestType, api.ResponseType])).ToArray();
            classes.Should().ContainSingle($"one test class derives from ApiContractTests<{api.RequestType.Name}, {api.ResponseType.Name}>, or is named {api.Name}Tests for a document API");
            Type tests = classes[0];
            tests.Name.Should().Be(api.Name + "Tests");

            string folder = tests.Namespace!["Authlete.Sdk.Tests.".Length..];
            File.Exists(Path.Combine(root, "src", "Authlete.Sdk", folder, api.RequestType.Name + ".cs"))
                .Should().BeTrue($"{tests.FullName} is in the folder of its domain: src/Authlete.Sdk/{folder} holds {api.RequestType.Name}");
            File.Exists(Path.Combine(root, "tests", "Authlete.Sdk.Tests", folder, tests.Name + ".cs"))
                .Should().BeTrue($"{tests.Name} is found by name at tests/Authlete.Sdk.Tests/{folder}/{tests.Name}.cs");
        }

        contractClasses.Should().HaveCount(AuthleteApis.All.Count(api => api.ActionType is not null));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Its_method_of_IAuthleteApi_is_its_name_taking_its_request_and_returning_its_response(string name)
    {
        AuthleteApiDescription api = Named(name);

        MethodInfo? method = typeof(IAuthleteApi).GetMethod(api.Name + "Async", [api.RequestType, typeof(CancellationToken)]);

        method.Should().NotBeNull($"IAuthleteApi should have {api.Name}Async({api.RequestType.Name}, CancellationToken)");
        method!.ReturnType.Should().Be(typeof(Task<>).MakeGenericType(api.ResponseType));
        typeof(AuthleteApi).GetMethod(method.Name, [api.RequestType, typeof(CancellationToken)]).Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Its_types_are_a_request_a_response_and_the_extensible_enum_of_the_response_action(string name)
    {
        AuthleteApiDescription api = Named(name);

        api.GetType().Should().Be(typeof(AuthleteApiDescription<,>).MakeGenericType(api.RequestType, api.ResponseType));
        api.RequestType.Should().BeAssignableTo<AuthleteRequest>();
        api.ResponseType.Should().BeAssignableTo<AuthleteResponse>();
        if (api.ActionType is null)
        {
            // A document API (a GET): no action, the whole body is the document the host serves.
            api.Method.Should().Be(HttpMethod.Get);
            api.ResponseType.GetProperty("Action").Should().BeNull();
            api.ResponseType.GetProperty("ResponseContent")!.PropertyType.Should().Be<string>();
        }
        else
        {
            api.ResponseType.GetProperty("Action")!.PropertyType.Should().Be(api.ActionType);
            api.ActionType.GetInterfaces().Should().Contain(typeof(IAuthleteEnumeration<>).MakeGenericType(api.ActionType));
            api.ActionType.Name.Should().Be(api.Name + "Action");
        }

        api.RequestType.Name.Should().Be(api.Name + "Request");
        api.ResponseType.Name.Should().Be(api.Name + "Response");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void It_is_found_by_its_path_and_uses_its_method(string name)
    {
        AuthleteApiDescription api = Named(name);

        AuthleteApis.FindByPath(api.Path).Should().BeSameAs(api);
        AuthleteApis.FindByPath("/" + api.Path).Should().BeSameAs(api);
        AuthleteApis.FindByPath("/" + api.Path + "/").Should().BeSameAs(api);
        api.ToString().Should().Be("/" + api.Path);
        api.Method.Should().Be((api.ActionType is null ? HttpMethod.Get : HttpMethod.Post));
        api.Path.Should().MatchRegex("^[a-z]+(/[a-z]+)*$");
    }

    [Fact]
    public void An_unknown_or_differently_cased_path_is_not_found_and_null_is_refused()
    {
        AuthleteApis.FindByPath("auth/authorization").Should().BeNull();
        AuthleteApis.FindByPath("Device/Authorization").Should().BeNull("paths compare ordinally");
        AuthleteApis.FindByPath("").Should().BeNull();
        FluentActions.Invoking(() => AuthleteApis.FindByPath(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void All_lists_the_static_descriptions_in_declaration_order_each_at_its_index()
    {
        AuthleteApiDescription[] declared = typeof(AuthleteApis).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => typeof(AuthleteApiDescription).IsAssignableFrom(p.PropertyType))
            .OrderBy(p => p.MetadataToken)
            .Select(p =>
            {
                var api = (AuthleteApiDescription)p.GetValue(null)!;
                api.Name.Should().Be(p.Name, "a description is named as its property");
                return api;
            })
            .ToArray();

        AuthleteApis.All.Should().Equal(declared);
        AuthleteApis.All.Select(api => api.Index).Should().Equal(Enumerable.Range(0, AuthleteApis.All.Count));
        AuthleteApis.All.Select(api => api.Name).Should().OnlyHaveUniqueItems();
        AuthleteApis.All.Select(api => api.Path).Should().OnlyHaveUniqueItems();
        AuthleteApis.All.Select(api => api.ActivityName).Should().Equal(AuthleteApis.All.Select(api => "Authlete " + api.Path));
    }

    [Fact]
    public void IAuthleteApi_has_one_method_per_api_and_SendAsync()
    {
        typeof(IAuthleteApi).GetMethods().Select(m => m.Name).Order(StringComparer.Ordinal)
            .Should().Equal(AuthleteApis.All.Select(api => api.Name + "Async").Append(nameof(IAuthleteApi.SendAsync)).Order(StringComparer.Ordinal));
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Authlete.Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Authlete.Sdk.sln above {AppContext.BaseDirectory}: the tests run from the repository's build output.");
    }
}
