/*
 * Copyright 2026-present the DaoliNet for ONOS authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.daolinet.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.NetworkGroup;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.PolicyAdminService;
import org.daolinet.api.Validation;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Network groups: named sets of networks of a tenant whose containers may talk to each other. A
 * group is named within its tenant; a bare name means the default tenant, except in the paths of
 * its members: {@code /groups/{name}/members} would also read as the group "members" of tenant
 * {@code name}, so member paths always name the tenant ({@code default} for the default tenant).
 */
@Path("groups")
public class GroupWebResource extends DaoliNetWebResource {

    private static final String GROUPS = "groups";
    private static final String GROUP = "group";
    private static final String NETWORK = "network";

    private final PolicyAdminService policy = get(PolicyAdminService.class);

    /**
     * Returns the groups, by tenant and name.
     *
     * @param tenant only the groups of this tenant (optional)
     * @return 200 OK with {"groups": [group, ...]}, 400 BAD_REQUEST if the tenant is not a valid name
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response getGroups(@QueryParam("tenant") String tenant) {
        String onlyTenant = tenant(tenant);
        return ok(encodeArray(NetworkGroup.class, GROUPS, policy.groups().stream()
                .filter(g -> onlyTenant == null || g.tenant().equals(onlyTenant))
                .sorted(Comparator.comparing(NetworkGroup::tenant).thenComparing(NetworkGroup::name))
                .collect(Collectors.toList()))).build();
    }

    /**
     * Returns a group of a tenant.
     *
     * @param tenant tenant
     * @param group  group name
     * @return 200 OK with the group, 400 BAD_REQUEST if a name is invalid, 404 NOT_FOUND if the
     * group does not exist
     */
    @GET
    @Path("{tenant}/{group}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getGroup(@PathParam("tenant") String tenant, @PathParam("group") String group) {
        return ok(encode(find(tenant, group))).build();
    }

    /**
     * Returns a group of the default tenant.
     *
     * @param group group name
     * @return 200 OK with the group, 400 BAD_REQUEST if the name is invalid, 404 NOT_FOUND if the
     * group does not exist
     */
    @GET
    @Path("{group}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getDefaultTenantGroup(@PathParam("group") String group) {
        return ok(encode(find(null, group))).build();
    }

    /**
     * Creates a group. Its containers may talk to each other at once.
     *
     * @param input group JSON: name; tenant and members may be left out
     * @return 201 CREATED with the group and its location, 400 BAD_REQUEST if a field is missing
     * or invalid, 404 NOT_FOUND if a member network does not exist, 409 CONFLICT if the tenant
     * has a group of that name
     * @onos.rsModel Group
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createGroup(InputStream input) {
        NetworkGroup group = codec(NetworkGroup.class).decode(readObject(input), this);
        NetworkGroup created = policy.createGroup(group.tenant(), group.name(), group.members());
        return createdOrExisting(true, encode(created), GROUPS, created.tenant(), created.name());
    }

    /**
     * Deletes a group of a tenant. Routes it alone allowed are removed at once.
     *
     * @param tenant tenant
     * @param group  group name
     * @return 200 OK with the deleted group, 400 BAD_REQUEST if a name is invalid, 404 NOT_FOUND
     * if the group does not exist, 409 CONFLICT if a firewall rule selects the group
     */
    @DELETE
    @Path("{tenant}/{group}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response deleteGroup(@PathParam("tenant") String tenant, @PathParam("group") String group) {
        return ok(encode(policy.removeGroup(tenant(tenant), groupName(group)))).build();
    }

    /**
     * Deletes a group of the default tenant. Routes it alone allowed are removed at once.
     *
     * @param group group name
     * @return 200 OK with the deleted group, 400 BAD_REQUEST if the name is invalid, 404 NOT_FOUND
     * if the group does not exist, 409 CONFLICT if a firewall rule selects the group
     */
    @DELETE
    @Path("{group}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response deleteDefaultTenantGroup(@PathParam("group") String group) {
        return ok(encode(policy.removeGroup(null, groupName(group)))).build();
    }

    /**
     * Adds a network of the tenant to a group of a tenant.
     *
     * @param tenant tenant
     * @param group  group name
     * @param input  member JSON: {"network": network name}
     * @return 200 OK with the group after the change, 400 BAD_REQUEST if a name is invalid,
     * 404 NOT_FOUND if the group or network does not exist, 409 CONFLICT if the network is
     * already a member
     * @onos.rsModel GroupMember
     */
    @POST
    @Path("{tenant}/{group}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response addMember(@PathParam("tenant") String tenant, @PathParam("group") String group,
                              InputStream input) {
        return ok(encode(withMember(tenant(tenant), group, readObject(input)))).build();
    }

    /**
     * Removes a network from a group of a tenant. Routes its membership alone allowed are removed
     * at once.
     *
     * @param tenant  tenant
     * @param group   group name
     * @param network member network
     * @return 200 OK with the group after the change, 400 BAD_REQUEST if a name is invalid,
     * 404 NOT_FOUND if the group does not exist or the network is no member
     */
    @DELETE
    @Path("{tenant}/{group}/members/{network}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response removeMember(@PathParam("tenant") String tenant, @PathParam("group") String group,
                                 @PathParam("network") String network) {
        return ok(encode(withoutMember(tenant(tenant), group, network))).build();
    }

    private NetworkGroup withMember(String tenant, String group, ObjectNode member) {
        String network = Validation.name(NETWORK, requiredText(member, NETWORK));
        return policy.addMember(tenant, groupName(group), network);
    }

    private NetworkGroup withoutMember(String tenant, String group, String network) {
        return policy.removeMember(tenant, groupName(group), Validation.name(NETWORK, network));
    }

    private NetworkGroup find(String tenant, String group) {
        String inTenant = tenant(tenant);
        NetworkGroup found = policy.group(inTenant, groupName(group));
        if (found == null) {
            throw DaoliNetException.notFound(GROUP, "group %s/%s does not exist",
                                             inTenant == null ? NetworkKey.DEFAULT_TENANT : inTenant, group);
        }
        return found;
    }

    private static String groupName(String group) {
        return Validation.name(GROUP, group);
    }

    private ObjectNode encode(NetworkGroup group) {
        return codec(NetworkGroup.class).encode(group, this);
    }
}
