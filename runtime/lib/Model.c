/*===- Model.c - Loading and running model.so files -------------*- C -*-===*
 *
 * dlc_model_load dlopens a model.so, fetches its dlc_model_describe() and
 * validates the description once, so that the signature queries and
 * dlc_model_run can trust it. dlc_model_run checks the caller's tensors
 * against the description, lazily allocates the arena (aligned as the model
 * asks) and reuses it on later runs.
 *
 *===----------------------------------------------------------------------===*/

#define _POSIX_C_SOURCE 200809L

#include "Internal.h"

#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Ranks above this are rejected as malformed descriptions. */
#define DLC_RT_MAX_RANK 1024

struct dlc_model {
  void *handle;
  const dlc_model_desc *desc;
  const dlc_model_device_desc *device; /* NULL: a CPU model */
  char *path;
  void *arena;            /* NULL until the first run needs it */
  size_t arena_alignment; /* a power of two */
  int num_threads;        /* 0: never set */
  const dlc_model_profile_desc *profile; /* NULL unless --profile */
  void **input_ptrs;      /* scratch for run(): num_inputs entries */
  void **output_ptrs;     /* num_outputs entries */
};

/*===------------------------------------------------------------------===*
 * Loading
 *===------------------------------------------------------------------===*/

/* Checks one input/output description; kind is "input" or "output". */
static int check_tensor_desc(const char *path, const dlc_tensor_desc *td,
                             const char *kind, int index) {
  if (!td->name)
    return dlc_rt_error("model '%s' has a malformed description: %s %d has a "
                        "NULL name",
                        path, kind, index);
  if (!td->name[0])
    return dlc_rt_error("model '%s' has a malformed description: %s %d has an "
                        "empty name",
                        path, kind, index);
  if (dlc_dtype_size(td->dtype) == 0)
    return dlc_rt_error("model '%s' has a malformed description: %s '%s' has "
                        "invalid dtype %d",
                        path, kind, td->name, (int)td->dtype);
  if (td->rank < 0)
    return dlc_rt_error("model '%s' has a malformed description: %s '%s' has "
                        "negative rank %d",
                        path, kind, td->name, (int)td->rank);
  if (td->rank > DLC_RT_MAX_RANK)
    return dlc_rt_error("model '%s' has a malformed description: %s '%s' has "
                        "rank %d (the limit is %d)",
                        path, kind, td->name, (int)td->rank, DLC_RT_MAX_RANK);
  if (td->rank > 0 && !td->shape)
    return dlc_rt_error("model '%s' has a malformed description: %s '%s' has "
                        "a NULL shape",
                        path, kind, td->name);
  for (int32_t d = 0; d < td->rank; ++d)
    if (td->shape[d] < 0)
      return dlc_rt_error("model '%s' has a malformed description: %s '%s' "
                          "dim %d is negative (%lld)",
                          path, kind, td->name, (int)d,
                          (long long)td->shape[d]);
  char what[512];
  snprintf(what, sizeof(what),
           "model '%s' has a malformed description: %s '%s'", path, kind,
           td->name);
  int64_t n;
  return dlc_rt_count_elements(td->shape, td->rank, dlc_dtype_size(td->dtype),
                               what, &n);
}

static int check_tensor_descs(const char *path, const dlc_tensor_desc *tds,
                              int32_t count, const char *kind) {
  if (count < 0)
    return dlc_rt_error("model '%s' has a malformed description: negative "
                        "number of %ss (%d)",
                        path, kind, (int)count);
  if (count > 0 && !tds)
    return dlc_rt_error("model '%s' has a malformed description: %d %ss but "
                        "a NULL %s array",
                        path, (int)count, kind, kind);
  for (int32_t i = 0; i < count; ++i) {
    if (check_tensor_desc(path, &tds[i], kind, i))
      return 1;
    for (int32_t j = 0; j < i; ++j)
      if (strcmp(tds[i].name, tds[j].name) == 0)
        return dlc_rt_error("model '%s' has a malformed description: %ss %d "
                            "and %d are both named '%s'",
                            path, kind, (int)j, (int)i, tds[i].name);
  }
  return 0;
}

static int check_desc(const char *path, const dlc_model_desc *desc) {
  if (!desc)
    return dlc_rt_error("model '%s': dlc_model_describe() returned NULL", path);
  if (desc->abi_version != DLC_MODEL_ABI_VERSION)
    return dlc_rt_error("model '%s' has ABI version %u, but this runtime "
                        "supports version %u (recompile the model)",
                        path, (unsigned)desc->abi_version,
                        (unsigned)DLC_MODEL_ABI_VERSION);
  if (check_tensor_descs(path, desc->inputs, desc->num_inputs, "input") ||
      check_tensor_descs(path, desc->outputs, desc->num_outputs, "output"))
    return 1;
  if (!desc->run)
    return dlc_rt_error("model '%s' has a malformed description: run is NULL",
                        path);
  uint64_t align = desc->arena_alignment;
  if (align != 0 && ((align & (align - 1)) != 0 || align > (1u << 30)))
    return dlc_rt_error("model '%s' has a malformed description: arena "
                        "alignment %llu is not a power of two up to 2^30",
                        path, (unsigned long long)align);
  if (desc->arena_bytes > (uint64_t)SIZE_MAX / 2)
    return dlc_rt_error("model '%s' has a malformed description: arena of "
                        "%llu bytes is too large",
                        path, (unsigned long long)desc->arena_bytes);
  return 0;
}

/* dlerror() messages start with the path we passed; drop it. */
static const char *strip_path_prefix(const char *msg, const char *path) {
  size_t n = strlen(path);
  if (msg && strncmp(msg, path, n) == 0 && msg[n] == ':' && msg[n + 1] == ' ')
    return msg + n + 2;
  return msg ? msg : "unknown dlopen error";
}

/* What the optional entry point `name` of a model returns (a static
   description), with *present set to whether the model exports it; NULL
   when it does not. */
static const void *optional_description(void *handle, const char *name,
                                        int *present) {
  void *sym = dlsym(handle, name);
  *present = sym != NULL;
  if (!sym)
    return NULL;
  typedef const void *(*describe_fn)(void);
  describe_fn describe;
  memcpy(&describe, &sym, sizeof(describe));
  return describe();
}

dlc_model *dlc_model_load(const char *path) {
  if (!path) {
    dlc_rt_error("dlc_model_load: path is NULL");
    return NULL;
  }
  struct stat st;
  if (stat(path, &st) != 0) {
    dlc_rt_error("cannot load model '%s': %s", path, strerror(errno));
    return NULL;
  }
  if (S_ISDIR(st.st_mode)) {
    dlc_rt_error("cannot load model '%s': it is a directory", path);
    return NULL;
  }

  /* A name without '/' would make dlopen search the library path. */
  size_t len = strlen(path);
  char *open_path = (char *)malloc(len + 3);
  if (!open_path) {
    dlc_rt_error("cannot load model '%s': out of memory", path);
    return NULL;
  }
  if (strchr(path, '/'))
    memcpy(open_path, path, len + 1);
  else {
    memcpy(open_path, "./", 2);
    memcpy(open_path + 2, path, len + 1);
  }

  char why[160];
  if (dlc_rt_check_elf(open_path, why, sizeof(why))) {
    dlc_rt_error("cannot load model '%s': not a loadable shared library (%s)",
                 path, why);
    free(open_path);
    return NULL;
  }
  void *handle = dlopen(open_path, RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    dlc_rt_error("cannot load model '%s': not a loadable shared library (%s)",
                 path, strip_path_prefix(dlerror(), open_path));
    free(open_path);
    return NULL;
  }
  free(open_path);

  dlerror();
  typedef const dlc_model_desc *(*describe_fn)(void);
  void *sym = dlsym(handle, "dlc_model_describe");
  if (!sym) {
    dlc_rt_error("model '%s' does not export dlc_model_describe (is it a "
                 "model.so written by dlc-compile?)",
                 path);
    dlclose(handle);
    return NULL;
  }
  describe_fn describe;
  memcpy(&describe, &sym, sizeof(describe));
  const dlc_model_desc *desc = describe();
  if (check_desc(path, desc)) {
    dlclose(handle);
    return NULL;
  }

  /* Optional: models for an accelerator describe it too. */
  int present = 0;
  const dlc_model_device_desc *device =
      (const dlc_model_device_desc *)optional_description(
          handle, "dlc_model_device", &present);
  if (present && (!device || !device->device || !device->arena_alloc ||
                  !device->arena_free || !device->last_error)) {
    dlc_rt_error("model '%s' has a malformed device description", path);
    dlclose(handle);
    return NULL;
  }

  /* Optional: models compiled with --profile time their kernels. */
  const dlc_model_profile_desc *profile =
      (const dlc_model_profile_desc *)optional_description(
          handle, "dlc_model_profile", &present);
  if (present) {
    int ok = profile && profile->num_kernels >= 0 &&
             (profile->num_kernels == 0 || profile->kernel_names) &&
             profile->read && profile->reset;
    for (int32_t k = 0; ok && k < profile->num_kernels; ++k)
      ok = profile->kernel_names[k] != NULL;
    if (!ok) {
      dlc_rt_error("model '%s' has a malformed profile description", path);
      dlclose(handle);
      return NULL;
    }
  }

  dlc_model *m = (dlc_model *)calloc(1, sizeof(dlc_model));
  if (m) {
    m->handle = handle;
    m->desc = desc;
    m->device = device;
    m->profile = profile;
    m->path = strdup(path);
    m->arena_alignment = DLC_RT_ALIGNMENT;
    if (desc->arena_alignment > m->arena_alignment)
      m->arena_alignment = (size_t)desc->arena_alignment;
    m->input_ptrs = (void **)calloc(
        (size_t)(desc->num_inputs ? desc->num_inputs : 1), sizeof(void *));
    m->output_ptrs = (void **)calloc(
        (size_t)(desc->num_outputs ? desc->num_outputs : 1), sizeof(void *));
  }
  if (!m || !m->path || !m->input_ptrs || !m->output_ptrs) {
    dlc_rt_error("cannot load model '%s': out of memory", path);
    dlc_model_free(m);
    if (!m)
      dlclose(handle);
    return NULL;
  }
  return m;
}

void dlc_model_free(dlc_model *model) {
  if (!model)
    return;
  if (model->device)
    model->device->arena_free(model->arena);
  else
    free(model->arena);
  free(model->input_ptrs);
  free(model->output_ptrs);
  free(model->path);
  if (model->handle)
    dlclose(model->handle);
  free(model);
}

/*===------------------------------------------------------------------===*
 * Signature queries
 *===------------------------------------------------------------------===*/

static int check_model(const dlc_model *model, const char *fn) {
  if (!model)
    return dlc_rt_error("%s: model is NULL", fn);
  return 0;
}

/* The description of input (is_input) or output index, or NULL. */
static const dlc_tensor_desc *get_desc(const dlc_model *model, int is_input,
                                       int index, const char *fn) {
  if (check_model(model, fn))
    return NULL;
  int count = is_input ? model->desc->num_inputs : model->desc->num_outputs;
  if (index < 0 || index >= count) {
    dlc_rt_error("%s: %s index %d is out of range (the model has %d)", fn,
                 is_input ? "input" : "output", index, count);
    return NULL;
  }
  return is_input ? &model->desc->inputs[index] : &model->desc->outputs[index];
}

const char *dlc_model_name(const dlc_model *model) {
  if (check_model(model, "dlc_model_name"))
    return NULL;
  return model->desc->model_name ? model->desc->model_name : "";
}

int dlc_model_num_inputs(const dlc_model *model) {
  return check_model(model, "dlc_model_num_inputs") ? -1
                                                    : model->desc->num_inputs;
}

int dlc_model_num_outputs(const dlc_model *model) {
  return check_model(model, "dlc_model_num_outputs") ? -1
                                                     : model->desc->num_outputs;
}

static int find_by_name(const dlc_model *model, int is_input, const char *name,
                        const char *fn) {
  if (check_model(model, fn))
    return -1;
  if (!name) {
    dlc_rt_error("%s: name is NULL", fn);
    return -1;
  }
  const dlc_tensor_desc *tds =
      is_input ? model->desc->inputs : model->desc->outputs;
  int count = is_input ? model->desc->num_inputs : model->desc->num_outputs;
  for (int i = 0; i < count; ++i)
    if (strcmp(tds[i].name, name) == 0)
      return i;
  dlc_rt_error("model has no %s named '%s'", is_input ? "input" : "output",
               name);
  return -1;
}

int dlc_model_find_input(const dlc_model *model, const char *name) {
  return find_by_name(model, 1, name, "dlc_model_find_input");
}

int dlc_model_find_output(const dlc_model *model, const char *name) {
  return find_by_name(model, 0, name, "dlc_model_find_output");
}

#define DLC_DEFINE_QUERIES(KIND, IS_INPUT)                                     \
  const char *dlc_model_##KIND##_name(const dlc_model *model, int index) {     \
    const dlc_tensor_desc *td =                                                \
        get_desc(model, IS_INPUT, index, "dlc_model_" #KIND "_name");          \
    return td ? td->name : NULL;                                               \
  }                                                                            \
  dlc_dtype dlc_model_##KIND##_dtype(const dlc_model *model, int index) {      \
    const dlc_tensor_desc *td =                                                \
        get_desc(model, IS_INPUT, index, "dlc_model_" #KIND "_dtype");         \
    return td ? td->dtype : DLC_DTYPE_INVALID;                                 \
  }                                                                            \
  int dlc_model_##KIND##_rank(const dlc_model *model, int index) {             \
    const dlc_tensor_desc *td =                                                \
        get_desc(model, IS_INPUT, index, "dlc_model_" #KIND "_rank");          \
    return td ? (int)td->rank : -1;                                            \
  }                                                                            \
  const int64_t *dlc_model_##KIND##_shape(const dlc_model *model, int index) { \
    static const int64_t no_dims[1] = {0};                                     \
    const dlc_tensor_desc *td =                                                \
        get_desc(model, IS_INPUT, index, "dlc_model_" #KIND "_shape");         \
    if (!td)                                                                   \
      return NULL;                                                             \
    return td->rank > 0 ? td->shape : no_dims;                                 \
  }                                                                            \
  const char *dlc_model_##KIND##_dim_name(const dlc_model *model, int index,   \
                                          int dim) {                           \
    const dlc_tensor_desc *td =                                                \
        get_desc(model, IS_INPUT, index, "dlc_model_" #KIND "_dim_name");      \
    if (!td)                                                                   \
      return NULL;                                                             \
    if (dim < 0 || dim >= td->rank) {                                          \
      dlc_rt_error("dlc_model_" #KIND                                          \
                   "_dim_name: dim %d is out of range for " #KIND              \
                   " '%s' of rank %d",                                         \
                   dim, td->name, (int)td->rank);                              \
      return NULL;                                                             \
    }                                                                          \
    if (!td->dim_names || !td->dim_names[dim])                                 \
      return "";                                                               \
    return td->dim_names[dim];                                                 \
  }

DLC_DEFINE_QUERIES(input, 1)
DLC_DEFINE_QUERIES(output, 0)
#undef DLC_DEFINE_QUERIES

const char *dlc_model_device_name(const dlc_model *model) {
  if (check_model(model, "dlc_model_device_name"))
    return NULL;
  return model->device ? model->device->device : "cpu";
}

uint64_t dlc_model_arena_bytes(const dlc_model *model) {
  return model ? model->desc->arena_bytes : 0;
}

/*===------------------------------------------------------------------===*
 * Kernel profile
 *===------------------------------------------------------------------===*/

int dlc_model_num_profiled_kernels(const dlc_model *model) {
  if (check_model(model, "dlc_model_num_profiled_kernels"))
    return -1;
  return model->profile ? model->profile->num_kernels : 0;
}

int dlc_model_kernel_profile(const dlc_model *model, int index,
                             const char **name, uint64_t *total_ns,
                             uint64_t *runs) {
  if (check_model(model, "dlc_model_kernel_profile"))
    return 1;
  if (!model->profile)
    return dlc_rt_error("model '%s' was not compiled with --profile",
                        model->path);
  if (index < 0 || index >= model->profile->num_kernels)
    return dlc_rt_error("kernel index %d out of range: model '%s' profiles "
                        "%d kernels",
                        index, model->path, model->profile->num_kernels);
  uint64_t ns = 0, count = 0;
  model->profile->read((int32_t)index, &ns, &count);
  if (name)
    *name = model->profile->kernel_names[index];
  if (total_ns)
    *total_ns = ns;
  if (runs)
    *runs = count;
  return 0;
}

int dlc_model_reset_profile(dlc_model *model) {
  if (check_model(model, "dlc_model_reset_profile"))
    return 1;
  if (model->profile)
    model->profile->reset();
  return 0;
}

/*===------------------------------------------------------------------===*
 * Threads
 *===------------------------------------------------------------------===*/

int dlc_set_num_threads(dlc_model *model, int num_threads) {
  if (check_model(model, "dlc_set_num_threads"))
    return 1;
  if (num_threads < 1)
    return dlc_rt_error("number of threads must be at least 1, got %d",
                        num_threads);
  if (!model->desc->set_num_threads) {
    if (num_threads != 1)
      return dlc_rt_error("model '%s' does not support setting the number of "
                          "threads",
                          model->path);
  } else {
    model->desc->set_num_threads((int32_t)num_threads);
  }
  model->num_threads = num_threads;
  return 0;
}

int dlc_get_num_threads(const dlc_model *model) {
  return model ? model->num_threads : -1;
}

/*===------------------------------------------------------------------===*
 * Running
 *===------------------------------------------------------------------===*/

static const char *plural(int n, const char *word, char *buf, size_t size) {
  snprintf(buf, size, "%d %s%s", n, word, n == 1 ? "" : "s");
  return buf;
}

/* Checks count, dtypes and shapes of the tensors for inputs or outputs. */
static int check_tensors(const dlc_tensor_desc *tds, int expected,
                         dlc_tensor *const *tensors, int count,
                         const char *kind) {
  char want[64];
  if (count != expected)
    return dlc_rt_error("expected %s, got %d",
                        plural(expected, kind, want, sizeof(want)), count);
  if (count > 0 && !tensors)
    return dlc_rt_error("%s array is NULL", kind);
  for (int i = 0; i < count; ++i) {
    const dlc_tensor_desc *td = &tds[i];
    const dlc_tensor *t = tensors[i];
    if (!t)
      return dlc_rt_error("%s '%s': tensor is NULL", kind, td->name);
    if (dlc_tensor_dtype(t) != td->dtype)
      return dlc_rt_error("%s '%s': expected dtype %s, got %s", kind, td->name,
                          dlc_dtype_name(td->dtype),
                          dlc_dtype_name(dlc_tensor_dtype(t)));
    int rank = dlc_tensor_rank(t);
    const int64_t *shape = dlc_tensor_shape(t);
    int same = rank == td->rank;
    for (int d = 0; same && d < rank; ++d)
      same = shape[d] == td->shape[d];
    if (!same) {
      char want_shape[512], got_shape[512];
      dlc_rt_format_shape(want_shape, sizeof(want_shape), td->shape, td->rank);
      dlc_rt_format_shape(got_shape, sizeof(got_shape), shape, rank);
      return dlc_rt_error("%s '%s': expected shape %s, got %s", kind, td->name,
                          want_shape, got_shape);
    }
  }
  return 0;
}

static int overlaps(const dlc_tensor *a, const dlc_tensor *b) {
  size_t na = dlc_tensor_byte_size(a), nb = dlc_tensor_byte_size(b);
  if (na == 0 || nb == 0)
    return 0;
  uintptr_t pa = (uintptr_t)dlc_tensor_data(a);
  uintptr_t pb = (uintptr_t)dlc_tensor_data(b);
  return pa < pb + nb && pb < pa + na;
}

int dlc_model_run(dlc_model *model, dlc_tensor *const *inputs, int num_inputs,
                  dlc_tensor *const *outputs, int num_outputs) {
  if (check_model(model, "dlc_model_run"))
    return 1;
  const dlc_model_desc *desc = model->desc;
  if (check_tensors(desc->inputs, desc->num_inputs, inputs, num_inputs,
                    "input") ||
      check_tensors(desc->outputs, desc->num_outputs, outputs, num_outputs,
                    "output"))
    return 1;
  for (int o = 0; o < num_outputs; ++o) {
    for (int i = 0; i < num_inputs; ++i)
      if (overlaps(outputs[o], inputs[i]))
        return dlc_rt_error("output '%s' overlaps input '%s' in memory",
                            desc->outputs[o].name, desc->inputs[i].name);
    for (int p = 0; p < o; ++p)
      if (overlaps(outputs[o], outputs[p]))
        return dlc_rt_error("output '%s' overlaps output '%s' in memory",
                            desc->outputs[o].name, desc->outputs[p].name);
  }

  if (desc->arena_bytes > 0 && !model->arena && model->device) {
    if (model->device->arena_alloc(desc->arena_bytes, &model->arena) != 0) {
      model->arena = NULL;
      return dlc_rt_error("model '%s': %s", model->path,
                          model->device->last_error());
    }
  }
  if (desc->arena_bytes > 0 && !model->arena) {
    model->arena =
        dlc_rt_aligned_alloc(model->arena_alignment, (size_t)desc->arena_bytes);
    if (!model->arena)
      return dlc_rt_error("model '%s': cannot allocate a %llu-byte arena",
                          model->path, (unsigned long long)desc->arena_bytes);
  }
  for (int i = 0; i < num_inputs; ++i)
    model->input_ptrs[i] = dlc_tensor_data(inputs[i]);
  for (int o = 0; o < num_outputs; ++o)
    model->output_ptrs[o] = dlc_tensor_data(outputs[o]);
  int32_t status =
      desc->run(model->input_ptrs, model->output_ptrs, model->arena);
  if (status != 0 && model->device)
    return dlc_rt_error("model '%s': %s", model->path,
                        model->device->last_error());
  if (status != 0)
    return dlc_rt_error("model '%s': run failed with status %d", model->path,
                        (int)status);
  return 0;
}

int dlc_model_run_alloc(dlc_model *model, dlc_tensor *const *inputs,
                        int num_inputs, dlc_tensor **outputs, int num_outputs) {
  if (check_model(model, "dlc_model_run_alloc"))
    return 1;
  if (num_outputs > 0 && !outputs)
    return dlc_rt_error("output array is NULL");
  for (int o = 0; o < num_outputs; ++o)
    outputs[o] = NULL;
  char want[64];
  if (num_outputs != model->desc->num_outputs)
    return dlc_rt_error(
        "expected %s, got %d",
        plural(model->desc->num_outputs, "output", want, sizeof(want)),
        num_outputs);
  int status = 0;
  for (int o = 0; o < num_outputs && !status; ++o) {
    outputs[o] = dlc_tensor_create_for_output(model, o);
    if (!outputs[o])
      status = 1;
  }
  if (!status)
    status = dlc_model_run(model, inputs, num_inputs, outputs, num_outputs);
  if (status) {
    for (int o = 0; o < num_outputs; ++o) {
      dlc_tensor_free(outputs[o]);
      outputs[o] = NULL;
    }
  }
  return status;
}

/*===------------------------------------------------------------------===*
 * Tensors shaped like the signature
 *===------------------------------------------------------------------===*/

dlc_tensor *dlc_tensor_create_for_input(const dlc_model *model, int index) {
  const dlc_tensor_desc *td =
      get_desc(model, 1, index, "dlc_tensor_create_for_input");
  return td ? dlc_tensor_create(td->dtype, td->shape, td->rank) : NULL;
}

dlc_tensor *dlc_tensor_create_for_output(const dlc_model *model, int index) {
  const dlc_tensor_desc *td =
      get_desc(model, 0, index, "dlc_tensor_create_for_output");
  return td ? dlc_tensor_create(td->dtype, td->shape, td->rank) : NULL;
}
