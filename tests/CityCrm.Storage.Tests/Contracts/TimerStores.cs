using CityCrm.CaseCore;
using CityCrm.CaseCore.Workflow;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The stores the case timer contract needs over one storage; <see cref="Reopen"/> gives a second timer store on it, as after a restart or on another node.</summary>
public sealed record TimerStores(ICaseStore Cases, ICaseTimerStore Timers, Func<ICaseTimerStore> Reopen);
