using System.Reflection;
using Authlete.Sdk.AspNetCore;
using Microsoft.AspNetCore.Http;

namespace Authlete.Sdk.AspNetCore.Tests.DependencyInjection;

/// <summary>
/// A handler built by hand (outside dependency injection, in a test or a framework of the host's own) with a required
/// dependency missing fails at once, naming the parameter, instead of failing later on a request; and a handler asked
/// to handle no request says so.
/// </summary>
public sealed class HandlerConstructionTests
{
    public static TheoryData<string> Handlers()
    {
        var data = new TheoryData<string>();
        foreach (Type type in typeof(AuthleteResult).Assembly.GetExportedTypes()
                     .Where(t => t.IsClass && !t.IsAbstract && t.Name.EndsWith("Handler", StringComparison.Ordinal)
                         && t.GetMethod("HandleAsync", [typeof(HttpContext), typeof(CancellationToken)]) is not null)
                     .OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            data.Add(type.Name);
        }

        return data;
    }

    private static Type HandlerType(string name) => typeof(AuthleteResult).Assembly.GetExportedTypes().Single(t => t.Name == name);

    [Theory]
    [MemberData(nameof(Handlers))]
    public void Each_required_dependency_left_null_is_refused_by_name(string handler)
    {
        ConstructorInfo constructor = HandlerType(handler).GetConstructors().Single();
        ParameterInfo[] parameters = constructor.GetParameters();
        parameters.Should().NotBeEmpty();
        foreach (ParameterInfo required in parameters.Where(p => !p.HasDefaultValue))
        {
            object?[] arguments = [.. parameters.Select(p => p == required || p.HasDefaultValue ? null : Substitute(p.ParameterType))];

            Action create = () => constructor.Invoke(arguments);

            create.Should().Throw<TargetInvocationException>().WithInnerException<ArgumentNullException>()
                .Which.ParamName.Should().Be(required.Name, "{0} must name the missing {1}", handler, required.ParameterType.Name);
        }
    }

    [Theory]
    [MemberData(nameof(Handlers))]
    public async Task Handling_no_request_is_refused_by_name(string handler)
    {
        ConstructorInfo constructor = HandlerType(handler).GetConstructors().Single();
        object instance = constructor.Invoke([.. constructor.GetParameters().Select(p => p.HasDefaultValue ? null : Substitute(p.ParameterType))]);
        MethodInfo handle = instance.GetType().GetMethod("HandleAsync", [typeof(HttpContext), typeof(CancellationToken)])!;

        Func<Task> call = () => (Task)handle.Invoke(instance, [null, CancellationToken.None])!;

        (await call.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("context");
    }

    /// <summary>A stand-in for a dependency, which fails if it is ever called.</summary>
    private static object Substitute(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Microsoft.Extensions.Options.IOptions<>))
        {
            Type value = type.GetGenericArguments()[0];
            return typeof(Microsoft.Extensions.Options.Options).GetMethod("Create")!.MakeGenericMethod(value).Invoke(null, [Activator.CreateInstance(value)])!;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Microsoft.Extensions.Logging.ILogger<>))
        {
            return Activator.CreateInstance(typeof(Microsoft.Extensions.Logging.Abstractions.NullLogger<>).MakeGenericType(type.GetGenericArguments()))!;
        }

        return System.Reflection.DispatchProxy.Create(type, typeof(Unused)) ?? throw new InvalidOperationException(type.Name);
    }

    /// <summary>A proxy for any interface, which fails if it is ever called.</summary>
    public class Unused : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => throw new InvalidOperationException("not expected to be called");
    }
}
